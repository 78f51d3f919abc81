//! The description a template call builds (S-015..S-028), and where each part of it comes from.
//!
//! - The channel binding is the template type's; the channel type is the file's, or the one the
//!   template functions fix for HTTP.
//! - The bindings follow the canonical order of templates.md §1.2: the transport binding (SSL or
//!   TCP SSPI), then HTTP header auth, then the username or Kerberos binding, then the
//!   security-context binding. Every message binding is `supporting` unless the policy
//!   description says otherwise (it has no other value).
//! - Each property bag is the policy description's entries, then the template value's (the
//!   template holds what policy cannot say). The same property in both is kept twice and
//!   reported by the policy crate (E-001); the expansion never picks one silently.
//! - The header-auth-only template carries `transport_protection_level = none` from policy
//!   (S-017, S-054) when neither part sets the level.
//! - Security-context templates (S-044..S-049): the service channel has the transport binding
//!   and the security-context binding, with the service-channel security properties of
//!   `security_context_security_binding`; the bootstrap has the same transport binding and the
//!   username or Kerberos binding, with the top-level security properties.
//!
//! [`Expansion::template_path`] maps every place of the expanded endpoint back to the template
//! member it came from, so a diagnostic about the expansion points into the template file.

use super::{Parts, Template};
use crate::{
    BindingProperties, BindingTemplateType, CEnum, ChannelProperties, ChannelProperty, Endpoint,
    HttpHeaderAuthBinding, KerberosApreqMessageBinding, MessageSecurityUsage, Path, PropertyBag,
    PropertyEntry, ProtectionLevel, SecurityBinding, SecurityContextMessageBinding,
    SecurityDescription, SecurityPropertyId, SslTransportBinding, SspiTransportBinding,
    TemplateChannelProperties, UsernameMessageBinding,
};

/// A template's expansion: the endpoint the runtime builds, the channel properties it sets, and
/// where each part came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// The plain endpoint (channel binding, channel type, security description).
    pub endpoint: Endpoint,
    /// The channel properties of the channel (and, for the security-context templates, of the
    /// bootstrap channel too): the policy description's, then the template value's.
    pub channel_properties: TemplateChannelProperties,
    /// Places of the expansion to places of the template file.
    pub paths: PathMap,
}

impl Expansion {
    /// The place in the template file that `path`, a place of [`Expansion::endpoint`], comes
    /// from; see [`PathMap::template_path`].
    pub fn template_path(&self, path: &Path) -> Path {
        self.paths.template_path(path)
    }
}

/// Places of an expanded endpoint mapped to the template members they were built from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathMap {
    /// The longest matching prefix wins, the later of two equal ones.
    entries: Vec<PathEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct PathEntry {
    expansion: Path,
    template: Path,
    /// True when the places under `expansion` are the same places under `template`; false when
    /// everything under `expansion` was made by the template type and maps to `template` itself.
    nested: bool,
}

impl PathMap {
    /// Places under `expansion` are the same places under `template`.
    fn add(&mut self, expansion: Path, template: Path) {
        self.entries.push(PathEntry {
            expansion,
            template,
            nested: true,
        });
    }

    /// `expansion` and everything under it was made by the template type itself.
    fn add_made(&mut self, expansion: Path) {
        self.entries.push(PathEntry {
            expansion,
            template: template_key(),
            nested: false,
        });
    }

    /// The template place of expansion place `path`: the template member a binding, field or
    /// property came from (`bindings[1].client_credential` of an `http_ssl_username` template is
    /// `username_message_security_binding.client_credential`). What no template member wrote
    /// (the list of bindings, a default the template type supplies) is the `template` key.
    pub fn template_path(&self, path: &Path) -> Path {
        if path.is_root() {
            return Path::root();
        }
        let segments = path.segments();
        let best = self
            .entries
            .iter()
            .filter(|e| segments.starts_with(e.expansion.segments()))
            .max_by_key(|e| e.expansion.segments().len());
        match best {
            Some(entry) if !entry.nested => entry.template.clone(),
            Some(entry) => {
                let mut out = entry.template.clone();
                for segment in &segments[entry.expansion.segments().len()..] {
                    match segment {
                        crate::Segment::Key(k) => out.push_key(k.clone()),
                        crate::Segment::Index(i) => out.push_index(*i),
                    }
                }
                out
            }
            None => template_key(),
        }
    }
}

fn template_key() -> Path {
    Path::root().key("template")
}

impl Template {
    /// The plain endpoint the template call builds: channel binding, channel type, security
    /// bindings in the canonical order, merged properties, and the bootstrap of the
    /// security-context templates. Pure: the same template always gives the same endpoint.
    pub fn expand(&self) -> Endpoint {
        self.expansion().endpoint
    }

    /// [`Template::expand`] with the channel properties and the map from expansion places to
    /// template places.
    pub fn expansion(&self) -> Expansion {
        let template_type = self.template_type();
        let parts = self.binding_template.parts();
        let mut b = Builder::default();
        // What the template file writes as in a plain file is at the same place in both.
        for key in ["side", "channel_type", "address"] {
            b.paths.add(Path::root().key(key), Path::root().key(key));
        }
        if self.channel_binding.is_some() {
            b.paths.add(
                Path::root().key("channel_binding"),
                Path::root().key("channel_binding"),
            );
        }
        let channel_properties = b.channel_properties(&parts);
        let description = if let Some((policy, value)) = parts.security_context_security_binding {
            let service = Path::root();
            let member = Path::root().key("security_context_security_binding");
            let mut description = SecurityDescription {
                properties: b.merge(
                    &service.key("properties"),
                    (
                        &policy.security_properties,
                        &policy_path(&member).key("security_properties"),
                    ),
                    (
                        &value.security_properties,
                        &member.key("security_properties"),
                    ),
                ),
                bindings: Vec::new(),
            };
            b.transport(&parts, &service, &mut description.bindings);
            let index = description.bindings.len();
            let binding_path = service.key("bindings").index(index);
            let bootstrap_path = binding_path.key("bootstrap_security_description");
            let bootstrap = b.bootstrap(&parts, template_type, &bootstrap_path);
            let inner = member.key("security_context_message_security_binding");
            let policy_inner = &policy.security_context_message_security_binding;
            let properties = b.binding_properties(
                &binding_path,
                &inner,
                &policy_inner.security_binding_properties,
                &value
                    .security_context_message_security_binding
                    .security_binding_properties,
            );
            let binding_usage = b.binding_usage(&binding_path, &inner, policy_inner.binding_usage);
            description
                .bindings
                .push(SecurityBinding::SecurityContextMessage(
                    SecurityContextMessageBinding {
                        binding_usage,
                        properties,
                        bootstrap_security_description: Some(Box::new(bootstrap)),
                    },
                ));
            description
        } else {
            b.description(&parts, template_type, &Path::root())
        };
        let endpoint = Endpoint {
            side: self.side,
            channel_binding: template_type.channel_binding(),
            channel_type: self
                .channel_type
                .or_else(|| template_type.fixed_channel_type(self.side)),
            address: self.address.clone(),
            description,
        };
        Expansion {
            endpoint,
            channel_properties,
            paths: b.paths,
        }
    }
}

/// The policy description's place of a template member's place.
fn policy_path(member: &Path) -> Path {
    let mut path = Path::root().key("policy");
    for segment in member.segments() {
        if let crate::Segment::Key(k) = segment {
            path.push_key(k.clone());
        }
    }
    path
}

#[derive(Default)]
struct Builder {
    paths: PathMap,
}

impl Builder {
    /// Policy entries, then template entries, each mapped to where it was written. The bag
    /// itself maps to the template's bag when that has entries, else to the policy's.
    fn merge<P: PropertyEntry + Clone>(
        &mut self,
        expansion: &Path,
        (policy, policy_at): (&PropertyBag<P>, &Path),
        (value, value_at): (&PropertyBag<P>, &Path),
    ) -> PropertyBag<P> {
        let bag_at = if value.is_empty() && !policy.is_empty() {
            policy_at
        } else {
            value_at
        };
        self.paths.add(expansion.clone(), bag_at.clone());
        let mut merged = PropertyBag::new();
        for (bag, at) in [(policy, policy_at), (value, value_at)] {
            for entry in bag {
                let name = entry.id().name();
                self.paths.add(expansion.key(name), at.key(name));
                merged.push(entry.clone());
            }
        }
        merged
    }

    fn channel_properties(&mut self, parts: &Parts<'_>) -> TemplateChannelProperties {
        let (policy, value) = parts.channel_properties;
        // Channel properties are not part of the endpoint; their places are the bags themselves.
        let mut merged = policy.clone();
        for entry in value {
            merged.push(entry.clone());
        }
        merged
    }

    /// The description of a template without a security context, at `at` (the endpoint).
    fn description(
        &mut self,
        parts: &Parts<'_>,
        template_type: BindingTemplateType,
        at: &Path,
    ) -> SecurityDescription {
        let mut description = SecurityDescription {
            properties: self.security_properties(parts, template_type, &at.key("properties")),
            bindings: Vec::new(),
        };
        self.transport(parts, at, &mut description.bindings);
        self.header_auth(parts, at, &mut description.bindings);
        self.message(parts, at, &mut description.bindings);
        description
    }

    /// The bootstrap description of a security-context template: the top-level security
    /// properties (S-046), the transport binding (S-047) and the username or Kerberos binding
    /// (S-048).
    fn bootstrap(
        &mut self,
        parts: &Parts<'_>,
        template_type: BindingTemplateType,
        at: &Path,
    ) -> SecurityDescription {
        self.paths.add_made(at.clone());
        self.description(parts, template_type, at)
    }

    /// The top-level security properties, with the protection level policy always gives the
    /// header-auth-only template.
    fn security_properties(
        &mut self,
        parts: &Parts<'_>,
        template_type: BindingTemplateType,
        at: &Path,
    ) -> ChannelProperties {
        let Some((policy, value)) = parts.security_properties else {
            return ChannelProperties::new();
        };
        let mut merged = self.merge(
            at,
            (
                policy,
                &Path::root().key("policy").key("security_properties"),
            ),
            (value, &Path::root().key("security_properties")),
        );
        let level = SecurityPropertyId::TransportProtectionLevel;
        if template_type == BindingTemplateType::HttpHeaderAuth && !merged.contains(level) {
            let defaulted = std::iter::once(ChannelProperty::TransportProtectionLevel(
                ProtectionLevel::None,
            ));
            merged = defaulted.chain(merged.iter().cloned()).collect();
            self.paths.add_made(at.key(level.name()));
        }
        merged
    }

    /// The properties of a binding at `binding` built from the template member at `member`;
    /// maps the binding to the member.
    fn binding_properties(
        &mut self,
        binding: &Path,
        member: &Path,
        policy: &BindingProperties,
        value: &BindingProperties,
    ) -> BindingProperties {
        self.paths.add(binding.clone(), member.clone());
        self.merge(
            &binding.key("properties"),
            (
                policy,
                &policy_path(member).key("security_binding_properties"),
            ),
            (value, &member.key("security_binding_properties")),
        )
    }

    /// The usage of a message binding: the policy description's, `supporting` when unset
    /// (S-051).
    fn binding_usage(
        &mut self,
        binding: &Path,
        member: &Path,
        usage: Option<MessageSecurityUsage>,
    ) -> Option<MessageSecurityUsage> {
        self.paths.add(
            binding.key("binding_usage"),
            policy_path(member).key("binding_usage"),
        );
        Some(usage.unwrap_or(MessageSecurityUsage::Supporting))
    }

    fn transport(&mut self, parts: &Parts<'_>, at: &Path, bindings: &mut Vec<SecurityBinding>) {
        let binding = at.key("bindings").index(bindings.len());
        if let Some((policy, value)) = parts.ssl_transport_security_binding {
            let member = Path::root().key("ssl_transport_security_binding");
            let properties = self.binding_properties(
                &binding,
                &member,
                &policy.security_binding_properties,
                &value.security_binding_properties,
            );
            bindings.push(SecurityBinding::SslTransport(SslTransportBinding {
                properties,
                local_cert_credential: value.local_cert_credential.clone(),
            }));
        } else if let Some((policy, value)) = parts.sspi_transport_security_binding {
            let member = Path::root().key("sspi_transport_security_binding");
            let properties = self.binding_properties(
                &binding,
                &member,
                &policy.security_binding_properties,
                &value.security_binding_properties,
            );
            bindings.push(SecurityBinding::TcpSspiTransport(SspiTransportBinding {
                properties,
                client_credential: value.client_credential.clone(),
            }));
        }
    }

    fn header_auth(&mut self, parts: &Parts<'_>, at: &Path, bindings: &mut Vec<SecurityBinding>) {
        let Some((policy, value)) = parts.http_header_auth_security_binding else {
            return;
        };
        let binding = at.key("bindings").index(bindings.len());
        let member = Path::root().key("http_header_auth_security_binding");
        let properties = self.binding_properties(
            &binding,
            &member,
            &policy.security_binding_properties,
            &value.security_binding_properties,
        );
        bindings.push(SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties,
            client_credential: value.client_credential.clone(),
        }));
    }

    fn message(&mut self, parts: &Parts<'_>, at: &Path, bindings: &mut Vec<SecurityBinding>) {
        let binding = at.key("bindings").index(bindings.len());
        if let Some((policy, value)) = parts.username_message_security_binding {
            let member = Path::root().key("username_message_security_binding");
            let properties = self.binding_properties(
                &binding,
                &member,
                &policy.security_binding_properties,
                &value.security_binding_properties,
            );
            let binding_usage = self.binding_usage(&binding, &member, policy.binding_usage);
            bindings.push(SecurityBinding::UsernameMessage(UsernameMessageBinding {
                binding_usage,
                properties,
                client_credential: value.client_credential.clone(),
                password_validator: value.password_validator.clone(),
                password_validator_callback_state: value.password_validator_callback_state.clone(),
            }));
        } else if let Some((policy, value)) = parts.kerberos_apreq_message_security_binding {
            let member = Path::root().key("kerberos_apreq_message_security_binding");
            let properties = self.binding_properties(
                &binding,
                &member,
                &policy.security_binding_properties,
                &value.security_binding_properties,
            );
            let binding_usage = self.binding_usage(&binding, &member, policy.binding_usage);
            bindings.push(SecurityBinding::KerberosApreqMessage(
                KerberosApreqMessageBinding {
                    binding_usage,
                    properties,
                    client_credential: value.client_credential.clone(),
                },
            ));
        }
    }
}
