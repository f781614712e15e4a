#include "AuditLog.h"
