#include "MutualFile.h"
