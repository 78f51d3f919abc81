/*
 * wws_security.h: check a WS_SECURITY_DESCRIPTION built in C or C++ against every documented
 * rule of WWSAPI security descriptions (wws-security). Link with wws_security_c.dll (import
 * library libwws_security_c.dll.a from mingw, wws_security_c.dll.lib from MSVC) or with the
 * static library (libwws_security_c.a / wws_security_c.lib and the system libraries
 * `cargo rustc -p wws-security-capi --crate-type staticlib -- --print native-static-libs` lists).
 *
 * Works with or without webservices.h: the description is passed as the structure that header
 * declares, struct _WS_SECURITY_DESCRIPTION.
 */
#ifndef WWS_SECURITY_H
#define WWS_SECURITY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct _WS_SECURITY_DESCRIPTION;

/* The side of the channel the description is given to. */
#define WWS_SECURITY_SIDE_CLIENT 1 /* WsCreateChannel, WsCreateServiceProxy */
#define WWS_SECURITY_SIDE_SERVER 2 /* WsCreateListener, WS_SERVICE_ENDPOINT */

/* channel_type when it is not known (WS_CHANNEL_TYPE has no 0). */
#define WWS_SECURITY_CHANNEL_TYPE_UNKNOWN 0

/* Verdicts. */
#define WWS_SECURITY_CHECK_VALID 0          /* no error; warnings may be reported */
#define WWS_SECURITY_CHECK_INVALID 1        /* the policy reports at least one error */
#define WWS_SECURITY_CHECK_MALFORMED 2      /* the description cannot be read: see "error" */
#define WWS_SECURITY_CHECK_BAD_ARGUMENT 3   /* unknown side, binding or type; null json_length */
#define WWS_SECURITY_CHECK_INTERNAL_ERROR 4 /* a bug in the library */

/*
 * Reads `description` (null, or laid out as webservices.h declares it and unchanged during the
 * call), checks it as used on `side` over `channel_binding` (a WS_CHANNEL_BINDING value) with
 * `channel_type` (a WS_CHANNEL_TYPE value, or WWS_SECURITY_CHANNEL_TYPE_UNKNOWN), and returns
 * a WWS_SECURITY_CHECK_* verdict.
 *
 * The report is UTF-8 JSON in the shape of `wws-security check --format json`:
 *   {"files": [{"path": "WS_SECURITY_DESCRIPTION", "valid": true|false,
 *               "diagnostics": [{"rule", "also", "severity", "message", "help", "path",
 *                                "line": null, "column": null}],
 *               "error": "..." (only when the description cannot be read)}]}
 * `*json_length` receives its length in bytes, without the terminating NUL. When
 * `json_capacity` is larger than that, the report and a NUL are written to `json`; otherwise
 * `json` receives an empty string (if `json_capacity` is at least 1). Pass a null `json` and 0
 * to learn the length first. The caller owns `json`; the library keeps nothing.
 */
int wws_security_check_description(const struct _WS_SECURITY_DESCRIPTION *description,
                                   int side,
                                   int channel_binding,
                                   int channel_type,
                                   char *json,
                                   size_t json_capacity,
                                   size_t *json_length);

#ifdef __cplusplus
}
#endif

#endif /* WWS_SECURITY_H */
