#include "MemoryUse.h"

#include <cstdlib> // defines __GLIBC__ with GNU's C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mutualise::formats {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    constexpr int largestReusedBlock = 32 * 1024 * 1024;
    constexpr int mostKeptFree = 64 * 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, largestReusedBlock);
    mallopt(M_TRIM_THRESHOLD, mostKeptFree);
#endif
}

} // namespace mutualise::formats
