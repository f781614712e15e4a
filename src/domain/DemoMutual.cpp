#include "DemoMutual.h"
