#include "MemberRepository.h"
