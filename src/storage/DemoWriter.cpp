#include "DemoWriter.h"
