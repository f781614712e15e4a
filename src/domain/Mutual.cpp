#include "Mutual.h"
