#pragma once

namespace mutualise::formats {

// Asks the C library to keep the large blocks a program frees for its next ones, instead of handing each
// back to the system and asking for it again: writing a long report fills and frees a buffer of a few
// hundred kilobytes a page, and on a virtual machine every page of memory asked for anew costs more than
// the work done in it (the register of 100,000 members took twice as long as a PDF). Blocks of up to
// 32 MB come from the reused heap, and up to 64 MB left free at its end is kept. Does nothing where the
// C library is not GNU's. Called once, first thing in main().
void keepFreedMemoryForReuse();

} // namespace mutualise::formats
