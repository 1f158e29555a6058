// The one place that includes libcmark-gfm: the core library plus its GFM extensions
// (tables, strikethrough, autolinks, task lists, tag filter).
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
