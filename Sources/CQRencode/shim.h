// The one place that includes libqrencode, which draws QR codes (Debian: libqrencode-dev).
#include <qrencode.h>
