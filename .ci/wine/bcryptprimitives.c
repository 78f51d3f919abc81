/*
 * bcryptprimitives.dll for Wine 8, which lacks it: Rust's standard library for
 * x86_64-pc-windows-gnu imports ProcessPrng from it. Forwards to BCryptGenRandom, which Wine
 * has. Built by .ci/run with mingw-w64; the test binaries find it through WINEPATH.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    return BCryptGenRandom(NULL, data, (ULONG)length, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
