#include "ShareLedgerRepository.h"
