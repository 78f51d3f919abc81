//! The distinct pointees reachable from lowered structures, found by walking the C graph as
//! WWSAPI would (independently of how lowering built it). An opaque Windows identity is the
//! program's and is not walked; callback states are walked, since the tests lower Rust
//! callbacks, whose states lowering allocates.

use std::collections::BTreeSet;
use windows_sys::Win32::Networking::WindowsWebServices::*;

#[derive(Default)]
pub struct Pointees(pub BTreeSet<usize>);

impl Pointees {
    /// Records `p` unless null; true when it was new.
    pub fn add<T>(&mut self, p: *const T) -> bool {
        !p.is_null() && self.0.insert(p as usize)
    }

    pub fn string(&mut self, s: &WS_STRING) {
        self.add(s.chars);
    }

    /// The address and its identity, with the identity's strings and bytes.
    ///
    /// # Safety
    /// `a` is a live lowered address.
    pub unsafe fn address(&mut self, a: *const WS_ENDPOINT_ADDRESS) {
        unsafe {
            self.add(a);
            let a = &*a;
            self.string(&a.url);
            if !self.add(a.identity) {
                return;
            }
            match (*a.identity).identityType {
                WS_DNS_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_DNS_ENDPOINT_IDENTITY>()).dns)
                }
                WS_UPN_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_UPN_ENDPOINT_IDENTITY>()).upn)
                }
                WS_SPN_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_SPN_ENDPOINT_IDENTITY>()).spn)
                }
                WS_RSA_ENDPOINT_IDENTITY_TYPE => {
                    let rsa = &*a.identity.cast::<WS_RSA_ENDPOINT_IDENTITY>();
                    self.add(rsa.modulus.bytes);
                    self.add(rsa.exponent.bytes);
                }
                WS_CERT_ENDPOINT_IDENTITY_TYPE => {
                    self.add(
                        (*a.identity.cast::<WS_CERT_ENDPOINT_IDENTITY>())
                            .rawCertificateData
                            .bytes,
                    );
                }
                _ => {}
            }
        }
    }

    /// # Safety
    /// `d` is a live lowered description.
    pub unsafe fn description(&mut self, d: *const WS_SECURITY_DESCRIPTION) {
        unsafe {
            self.add(d);
            let d = &*d;
            self.add(d.securityBindings);
            for i in 0..d.securityBindingCount as usize {
                self.binding(*d.securityBindings.add(i));
            }
            self.security_properties(d.properties, d.propertyCount);
        }
    }

    /// An array of channel security properties and what each value points to.
    ///
    /// # Safety
    /// `properties` holds `count` live entries (or is null with 0).
    pub unsafe fn security_properties(
        &mut self,
        properties: *const WS_SECURITY_PROPERTY,
        count: u32,
    ) {
        unsafe {
            self.add(properties);
            for i in 0..count as usize {
                let p = &*properties.add(i);
                self.add(p.value);
                if p.id == WS_SECURITY_PROPERTY_SERVICE_IDENTITIES {
                    let s = &*p.value.cast::<WS_SERVICE_SECURITY_IDENTITIES>();
                    self.add(s.serviceIdentities);
                    for j in 0..s.serviceIdentityCount as usize {
                        self.string(&*s.serviceIdentities.add(j));
                    }
                }
            }
        }
    }

    /// An array of binding properties and what each value points to.
    ///
    /// # Safety
    /// `properties` holds `count` live entries (or is null with 0).
    pub unsafe fn binding_properties(
        &mut self,
        properties: *const WS_SECURITY_BINDING_PROPERTY,
        count: u32,
    ) {
        unsafe {
            self.add(properties);
            for i in 0..count as usize {
                let p = &*properties.add(i);
                self.add(p.value);
                match p.id {
                    WS_SECURITY_BINDING_PROPERTY_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT => {
                        let c = &*p.value.cast::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>();
                        self.add(c.state);
                    }
                    WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM
                    | WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_REALM
                    | WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_DOMAIN => {
                        self.string(&*p.value.cast::<WS_STRING>());
                    }
                    _ => {}
                }
            }
        }
    }

    /// A certificate credential with its strings and the states of Rust callbacks.
    ///
    /// # Safety
    /// `c` is null or a live lowered credential.
    pub unsafe fn cert_credential(&mut self, c: *const WS_CERT_CREDENTIAL) {
        unsafe {
            if !self.add(c) {
                return;
            }
            match (*c).credentialType {
                WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE => {
                    let c = &*c.cast::<WS_SUBJECT_NAME_CERT_CREDENTIAL>();
                    self.string(&c.storeName);
                    self.string(&c.subjectName);
                }
                WS_THUMBPRINT_CERT_CREDENTIAL_TYPE => {
                    let c = &*c.cast::<WS_THUMBPRINT_CERT_CREDENTIAL>();
                    self.string(&c.storeName);
                    self.string(&c.thumbprint);
                }
                WS_CUSTOM_CERT_CREDENTIAL_TYPE => {
                    let c = &*c.cast::<WS_CUSTOM_CERT_CREDENTIAL>();
                    self.add(c.getCertCallbackState);
                    self.add(c.certIssuerListNotificationCallbackState);
                }
                _ => {}
            }
        }
    }

    /// A Windows credential with the strings of the string kind.
    ///
    /// # Safety
    /// `c` is null or a live lowered credential.
    pub unsafe fn windows_credential(&mut self, c: *const WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL) {
        unsafe {
            if self.add(c)
                && (*c).credentialType == WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE
            {
                let c = &*c.cast::<WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>();
                self.string(&c.username);
                self.string(&c.password);
                self.string(&c.domain);
            }
        }
    }

    /// A username credential with its strings.
    ///
    /// # Safety
    /// `c` is null or a live lowered credential.
    pub unsafe fn username_credential(&mut self, c: *const WS_USERNAME_CREDENTIAL) {
        unsafe {
            if self.add(c) && (*c).credentialType == WS_STRING_USERNAME_CREDENTIAL_TYPE {
                let c = &*c.cast::<WS_STRING_USERNAME_CREDENTIAL>();
                self.string(&c.username);
                self.string(&c.password);
            }
        }
    }

    unsafe fn binding(&mut self, b: *const WS_SECURITY_BINDING) {
        unsafe {
            self.add(b);
            let header = &*b;
            self.binding_properties(header.properties, header.propertyCount);
            match header.bindingType {
                WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE => self.cert_credential(
                    (*b.cast::<WS_SSL_TRANSPORT_SECURITY_BINDING>()).localCertCredential,
                ),
                WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE => {
                    let u = &*b.cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>();
                    self.username_credential(u.clientCredential);
                    self.add(u.passwordValidatorCallbackState);
                }
                WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => self.windows_credential(
                    (*b.cast::<WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING>()).clientCredential,
                ),
                WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => self.windows_credential(
                    (*b.cast::<WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING>()).clientCredential,
                ),
                WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE => self.windows_credential(
                    (*b.cast::<WS_HTTP_HEADER_AUTH_SECURITY_BINDING>()).clientCredential,
                ),
                WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE => self.windows_credential(
                    (*b.cast::<WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING>()).clientCredential,
                ),
                WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE => {
                    let inner = (*b.cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>())
                        .bootstrapSecurityDescription;
                    if !inner.is_null() {
                        self.description(inner);
                    }
                }
                _ => {}
            }
        }
    }
}
