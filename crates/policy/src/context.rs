//! What a check sees (the endpoint, the description being checked, side and channel) and how it
//! reports. Locations are built only when a diagnostic is emitted, so a valid endpoint is checked
//! without allocating.

use crate::{registry, Diagnostic, Policy, Report};
use wws_security_model::{
    CEnum, ChannelBinding, ChannelType, Endpoint, Path, SecurityBinding, SecurityBindingPropertyId,
    SecurityDescription, SecurityPropertyId, Side,
};

/// How deep bootstrap descriptions are followed; deeper nesting is already an error (a security
/// context binding inside a bootstrap), so nothing is lost by stopping.
pub(crate) const MAX_BOOTSTRAP_DEPTH: usize = 8;

/// A place relative to the description being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// The endpoint as a whole (always the root, even inside a bootstrap).
    Endpoint,
    /// The endpoint's `side`.
    Side,
    /// The endpoint's `channel_binding`.
    ChannelBinding,
    /// The endpoint's `channel_type`.
    ChannelType,
    /// The description being checked (the root, or a bootstrap description).
    Description,
    /// Its `properties` table.
    Properties,
    /// One channel property.
    Property(SecurityPropertyId),
    /// Its `bindings` list.
    Bindings,
    /// One binding, by index.
    Binding(usize),
    /// A field of one binding (`local_cert_credential`, `binding_usage`, ...).
    BindingField(usize, &'static str),
    /// A binding's `properties` table.
    BindingProperties(usize),
    /// One binding property.
    BindingProperty(usize, SecurityBindingPropertyId),
}

/// The context of one check over one description.
pub struct Ctx<'a> {
    endpoint: &'a Endpoint,
    description: &'a SecurityDescription,
    /// Indexes of the security context bindings whose bootstraps lead to `description`.
    trail: [usize; MAX_BOOTSTRAP_DEPTH],
    depth: usize,
    policy: &'a Policy,
    report: &'a mut Report,
}

impl<'a> Ctx<'a> {
    pub(crate) fn root(endpoint: &'a Endpoint, policy: &'a Policy, report: &'a mut Report) -> Self {
        Ctx {
            endpoint,
            description: &endpoint.description,
            trail: [0; MAX_BOOTSTRAP_DEPTH],
            depth: 0,
            policy,
            report,
        }
    }

    /// A context for the bootstrap description of binding `index`, or `None` past the depth limit.
    pub(crate) fn bootstrap<'b>(
        &'b mut self,
        index: usize,
        description: &'b SecurityDescription,
    ) -> Option<Ctx<'b>> {
        if self.depth >= MAX_BOOTSTRAP_DEPTH {
            return None;
        }
        let mut trail = self.trail;
        trail[self.depth] = index;
        Some(Ctx {
            endpoint: self.endpoint,
            description,
            trail,
            depth: self.depth + 1,
            policy: self.policy,
            report: self.report,
        })
    }

    /// The whole endpoint.
    pub fn endpoint(&self) -> &'a Endpoint {
        self.endpoint
    }

    /// The description being checked: the endpoint's, or a bootstrap description.
    pub fn description(&self) -> &'a SecurityDescription {
        self.description
    }

    /// The bindings of the description being checked.
    pub fn bindings(&self) -> &'a [SecurityBinding] {
        &self.description.bindings
    }

    /// The side; a bootstrap description has its outer endpoint's side.
    pub fn side(&self) -> Side {
        self.endpoint.side
    }

    /// The channel binding; a bootstrap channel uses its outer endpoint's.
    pub fn channel_binding(&self) -> ChannelBinding {
        self.endpoint.channel_binding
    }

    /// The channel type, when declared.
    pub fn channel_type(&self) -> Option<ChannelType> {
        self.endpoint.channel_type
    }

    /// True inside a bootstrap description.
    pub fn is_bootstrap(&self) -> bool {
        self.depth > 0
    }

    /// How many bootstrap descriptions deep the check is (0 for the endpoint's own).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The path of `at`.
    pub fn path(&self, at: At) -> Path {
        let mut path = Path::root();
        match at {
            At::Endpoint => return path,
            At::Side => return path.key("side"),
            At::ChannelBinding => return path.key("channel_binding"),
            At::ChannelType => return path.key("channel_type"),
            _ => {}
        }
        for &index in &self.trail[..self.depth] {
            path.push_key("bindings");
            path.push_index(index);
            path.push_key("bootstrap_security_description");
        }
        match at {
            At::Endpoint | At::Side | At::ChannelBinding | At::ChannelType | At::Description => {}
            At::Properties => path.push_key("properties"),
            At::Property(id) => {
                path.push_key("properties");
                path.push_key(id.name());
            }
            At::Bindings => path.push_key("bindings"),
            At::Binding(i) => {
                path.push_key("bindings");
                path.push_index(i);
            }
            At::BindingField(i, field) => {
                path.push_key("bindings");
                path.push_index(i);
                path.push_key(field);
            }
            At::BindingProperties(i) => {
                path.push_key("bindings");
                path.push_index(i);
                path.push_key("properties");
            }
            At::BindingProperty(i, id) => {
                path.push_key("bindings");
                path.push_index(i);
                path.push_key("properties");
                path.push_key(id.name());
            }
        }
        path
    }

    /// A human name for binding `index`, e.g. "binding #1 (`ssl_transport`)", numbered from 0 like
    /// paths, with "of the bootstrap description" inside a bootstrap.
    pub fn binding_label(&self, index: usize) -> String {
        let kind = self
            .description
            .bindings
            .get(index)
            .map(|b| b.binding_type().name())
            .unwrap_or("?");
        if self.is_bootstrap() {
            format!("bootstrap binding #{index} (`{kind}`)")
        } else {
            format!("binding #{index} (`{kind}`)")
        }
    }

    /// Reports a violation of rule `id` at `at`. The rule's level comes from the policy; an
    /// allowed lint is dropped.
    pub fn emit(
        &mut self,
        id: &'static str,
        at: At,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let rule = registry::find(id).unwrap_or(&crate::rules::UNKNOWN_RULE);
        debug_assert!(
            rule.id == id,
            "rule {id} is not in the registry (or is an also-id)"
        );
        let Some(severity) = self.policy.severity_of(rule) else {
            return;
        };
        self.report.diagnostics.push(Diagnostic {
            rule,
            severity,
            message: message.into(),
            help: help.into(),
            path: self.path(at),
        });
    }
}
