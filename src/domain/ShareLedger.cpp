#include "ShareLedger.h"
