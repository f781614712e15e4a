#include "ShareEntry.h"
