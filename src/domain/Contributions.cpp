#include "Contributions.h"
