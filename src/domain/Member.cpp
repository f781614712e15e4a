#include "Member.h"
