/*
 * Builds security descriptions the way the official samples do (HttpClientWithUsernameOverSsl:
 * zeroed structures, the binding type set, pointers to the `binding` headers in an array) and
 * checks them with wws_security_check_description:
 *   1. the sample's own description (SSL and a username token): valid;
 *   2. the same without its SSL binding: invalid, rule T-018;
 *   3. a BOOL property written with a valueSize of 1: malformed, and the report says where;
 *   4. the length query with a null buffer, and a buffer too small.
 *
 * mingw-w64 ships no webservices.h and Wine's lacks the security structures, so the few this
 * program needs are declared here from their documented layouts, with fixed-size types so the
 * same file builds for Windows (mingw) and, as a quick check, for Linux. .ci/run builds and runs
 * it both ways.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <uchar.h>

#include "wws_security.h"

typedef unsigned int ULONG; /* 32 bits on Windows */
typedef int BOOL;
typedef char16_t WCHAR; /* UTF-16, as on Windows */

typedef struct _WS_STRING {
    ULONG length;
    WCHAR *chars;
} WS_STRING;

enum {
    WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE = 1, /* the SDK numbers these from 1 */
    WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE = 4
};
enum { WS_SUPPORTING_MESSAGE_SECURITY_USAGE = 1 };
enum { WS_STRING_USERNAME_CREDENTIAL_TYPE = 1 };
enum { WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT = 1 };
enum { WS_HTTP_CHANNEL_BINDING = 0 };
enum { WS_CHANNEL_TYPE_REQUEST = 8 };

typedef struct _WS_SECURITY_BINDING_PROPERTY {
    int id;
    void *value;
    ULONG valueSize;
} WS_SECURITY_BINDING_PROPERTY;

typedef struct _WS_SECURITY_PROPERTY {
    int id;
    void *value;
    ULONG valueSize;
} WS_SECURITY_PROPERTY;

typedef struct _WS_SECURITY_BINDING {
    int bindingType;
    WS_SECURITY_BINDING_PROPERTY *properties;
    ULONG propertyCount;
} WS_SECURITY_BINDING;

struct _WS_SECURITY_DESCRIPTION {
    WS_SECURITY_BINDING **securityBindings;
    ULONG securityBindingCount;
    WS_SECURITY_PROPERTY *properties;
    ULONG propertyCount;
};
typedef struct _WS_SECURITY_DESCRIPTION WS_SECURITY_DESCRIPTION;

typedef struct _WS_SSL_TRANSPORT_SECURITY_BINDING {
    WS_SECURITY_BINDING binding;
    void *localCertCredential;
} WS_SSL_TRANSPORT_SECURITY_BINDING;

typedef struct _WS_USERNAME_CREDENTIAL {
    int credentialType;
} WS_USERNAME_CREDENTIAL;

typedef struct _WS_STRING_USERNAME_CREDENTIAL {
    WS_USERNAME_CREDENTIAL credential;
    WS_STRING username;
    WS_STRING password;
} WS_STRING_USERNAME_CREDENTIAL;

typedef struct _WS_USERNAME_MESSAGE_SECURITY_BINDING {
    WS_SECURITY_BINDING binding;
    int bindingUsage;
    WS_USERNAME_CREDENTIAL *clientCredential;
    void *passwordValidator;
    void *passwordValidatorCallbackState;
} WS_USERNAME_MESSAGE_SECURITY_BINDING;

/* The documented x64 layout; crates/ffi/tests/layout.rs asserts the same against windows-sys. */
_Static_assert(sizeof(WS_STRING) == 16, "WS_STRING");
_Static_assert(sizeof(WS_SECURITY_DESCRIPTION) == 32, "WS_SECURITY_DESCRIPTION");
_Static_assert(offsetof(WS_SECURITY_DESCRIPTION, properties) == 16, "properties");
_Static_assert(sizeof(WS_SECURITY_BINDING_PROPERTY) == 24, "WS_SECURITY_BINDING_PROPERTY");
_Static_assert(sizeof(WS_SSL_TRANSPORT_SECURITY_BINDING) == 32, "SSL binding");
_Static_assert(sizeof(WS_STRING_USERNAME_CREDENTIAL) == 40, "username credential");
_Static_assert(sizeof(WS_USERNAME_MESSAGE_SECURITY_BINDING) == 56, "username binding");
_Static_assert(offsetof(WS_USERNAME_MESSAGE_SECURITY_BINDING, passwordValidator) == 40,
               "passwordValidator");

#define WS_STRING_VALUE(s) {(ULONG)(sizeof(s) / sizeof(WCHAR) - 1), (WCHAR *)(s)}
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int failures = 0;

static void expect(int ok, const char *what, const char *report) {
    if (!ok) {
        failures++;
        printf("FAIL: %s\n  report: %s\n", what, report ? report : "(none)");
    } else {
        printf("ok: %s\n", what);
    }
}

static int check(WS_SECURITY_DESCRIPTION *description, char *json, size_t capacity) {
    size_t length = 0;
    int verdict = wws_security_check_description(description, WWS_SECURITY_SIDE_CLIENT,
                                                 WS_HTTP_CHANNEL_BINDING,
                                                 WS_CHANNEL_TYPE_REQUEST, json, capacity,
                                                 &length);
    if (length >= capacity) {
        printf("FAIL: a report of %zu bytes does not fit in %zu\n", length, capacity);
        failures++;
    }
    return verdict;
}

int main(void) {
    static char json[8192];

    /* The sample: a username token over SSL. */
    WS_STRING_USERNAME_CREDENTIAL usernameCredential = {0};
    usernameCredential.credential.credentialType = WS_STRING_USERNAME_CREDENTIAL_TYPE;
    WS_STRING userName = WS_STRING_VALUE(u"usr1");
    WS_STRING passWord = WS_STRING_VALUE(u"pwd1");
    usernameCredential.username = userName;
    usernameCredential.password = passWord;

    WS_USERNAME_MESSAGE_SECURITY_BINDING usernameBinding = {0};
    usernameBinding.binding.bindingType = WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE;
    usernameBinding.bindingUsage = WS_SUPPORTING_MESSAGE_SECURITY_USAGE;
    usernameBinding.clientCredential = &usernameCredential.credential;

    WS_SSL_TRANSPORT_SECURITY_BINDING sslBinding = {0};
    sslBinding.binding.bindingType = WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE;

    WS_SECURITY_BINDING *securityBindings[2] = {&sslBinding.binding, &usernameBinding.binding};
    WS_SECURITY_DESCRIPTION securityDescription = {0};
    securityDescription.securityBindings = securityBindings;
    securityDescription.securityBindingCount = COUNT(securityBindings);

    int verdict = check(&securityDescription, json, sizeof json);
    expect(verdict == WWS_SECURITY_CHECK_VALID, "the sample's description is valid", json);
    expect(strstr(json, "\"valid\":true") != NULL, "its report says valid", json);

    /* The same without SSL: the username token would travel unprotected. */
    WS_SECURITY_BINDING *withoutSsl[1] = {&usernameBinding.binding};
    WS_SECURITY_DESCRIPTION broken = {0};
    broken.securityBindings = withoutSsl;
    broken.securityBindingCount = COUNT(withoutSsl);
    verdict = check(&broken, json, sizeof json);
    expect(verdict == WWS_SECURITY_CHECK_INVALID, "without SSL it is invalid", json);
    expect(strstr(json, "\"rule\":\"T-018\"") != NULL, "the report names rule T-018", json);
    expect(strstr(json, "\"path\":\"bindings[0]\"") != NULL, "and the binding", json);

    /* A BOOL given the size of a C++ bool: refused with the place and the reason. */
    BOOL requireClientCert = 1;
    WS_SECURITY_BINDING_PROPERTY sslProperties[1] = {
        {WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT, &requireClientCert, 1}};
    sslBinding.binding.properties = sslProperties;
    sslBinding.binding.propertyCount = COUNT(sslProperties);
    verdict = check(&securityDescription, json, sizeof json);
    expect(verdict == WWS_SECURITY_CHECK_MALFORMED, "a valueSize of 1 is malformed", json);
    expect(strstr(json, "bindings[0].properties[0] (id 1, "
                        "WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT): valueSize is 1, "
                        "but the value is a BOOL of 4 bytes") != NULL,
           "the report says where and why", json);
    sslBinding.binding.properties = NULL;
    sslBinding.binding.propertyCount = 0;

    /* The length first, then a buffer of that size; a short buffer gets an empty string. */
    size_t length = 0;
    verdict = wws_security_check_description(&securityDescription, WWS_SECURITY_SIDE_CLIENT,
                                             WS_HTTP_CHANNEL_BINDING,
                                             WWS_SECURITY_CHANNEL_TYPE_UNKNOWN, NULL, 0, &length);
    expect(verdict == WWS_SECURITY_CHECK_VALID && length > 0, "the length query", NULL);
    char small[8] = "xxxxxxx";
    verdict = wws_security_check_description(&securityDescription, WWS_SECURITY_SIDE_CLIENT,
                                             WS_HTTP_CHANNEL_BINDING,
                                             WWS_SECURITY_CHANNEL_TYPE_UNKNOWN, small,
                                             sizeof small, &length);
    expect(verdict == WWS_SECURITY_CHECK_VALID && small[0] == '\0',
           "a short buffer gets an empty string", small);
    verdict = wws_security_check_description(&securityDescription, 9, WS_HTTP_CHANNEL_BINDING,
                                             0, json, sizeof json, &length);
    expect(verdict == WWS_SECURITY_CHECK_BAD_ARGUMENT, "an unknown side is a bad argument",
           json);

    printf("%s: %d failure(s)\n", failures ? "FAILED" : "passed", failures);
    return failures ? 1 : 0;
}
