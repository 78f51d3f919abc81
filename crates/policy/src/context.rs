//! What a check sees (the endpoint, the description being checked, side and channel) and how it
//! reports. Locations are built only when a diagnostic is emitted, so a valid endpoint is checked
//! without allocating.

use crate::{Applicability, Diagnostic, Edit, Policy, Report, Rule, Suggestion, Value};
use wws_security_model::{
    CEnum, ChannelBinding, ChannelType, Endpoint, EndpointAddress, Part, Path, SecurityBinding,
    SecurityBindingPropertyId, SecurityDescription, SecurityPropertyId, Side,
};

/// How deep bootstrap descriptions are followed; deeper nesting is already an error (a security
/// context binding inside a bootstrap), so nothing is lost by stopping.
pub(crate) const MAX_BOOTSTRAP_DEPTH: usize = 8;

/// A place relative to the description being checked (or compared).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum At {
    /// The endpoint's `side`.
    Side,
    /// The endpoint's `channel_binding`.
    ChannelBinding,
    /// The endpoint's `channel_type`.
    ChannelType,
    /// The address's `url`.
    Url,
    /// The address's `identity`, or a member of it.
    Identity(Option<&'static str>),
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
    /// One binding property.
    BindingProperty(usize, SecurityBindingPropertyId),
}

impl At {
    /// The path of this place in a description reached through the bootstraps of the security
    /// context bindings `trail` (empty for the endpoint's own description).
    pub(crate) fn path(self, trail: &[usize]) -> Path {
        let mut path = Path::root();
        // The endpoint's own fields and its address are never inside a bootstrap description.
        let of_endpoint = matches!(
            self,
            At::Side | At::ChannelBinding | At::ChannelType | At::Url | At::Identity(_)
        );
        if !of_endpoint {
            for &index in trail {
                path.push_key("bindings");
                path.push_index(index);
                path.push_key("bootstrap_security_description");
            }
        }
        match self {
            At::Side => path.push_key("side"),
            At::ChannelBinding => path.push_key("channel_binding"),
            At::ChannelType => path.push_key("channel_type"),
            At::Url => {
                path.push_key("address");
                path.push_key("url");
            }
            At::Identity(member) => {
                path.push_key("address");
                path.push_key("identity");
                if let Some(m) = member {
                    path.push_key(m);
                }
            }
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
            At::BindingProperty(i, id) => {
                path.push_key("bindings");
                path.push_index(i);
                path.push_key("properties");
                path.push_key(id.name());
            }
        }
        path
    }
}

/// The context of one check over one description.
pub(crate) struct Ctx<'a> {
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

    /// The description being checked: the endpoint's, or a bootstrap description.
    pub(crate) fn description(&self) -> &'a SecurityDescription {
        self.description
    }

    /// The bindings of the description being checked.
    pub(crate) fn bindings(&self) -> &'a [SecurityBinding] {
        &self.description.bindings
    }

    /// The side; a bootstrap description has its outer endpoint's side.
    pub(crate) fn side(&self) -> Side {
        self.endpoint.side
    }

    /// The channel binding; a bootstrap channel uses its outer endpoint's.
    pub(crate) fn channel_binding(&self) -> ChannelBinding {
        self.endpoint.channel_binding
    }

    /// The channel type, when declared.
    pub(crate) fn channel_type(&self) -> Option<ChannelType> {
        self.endpoint.channel_type
    }

    /// The endpoint's address, when declared.
    pub(crate) fn address(&self) -> Option<&'a EndpointAddress> {
        self.endpoint.address.as_ref()
    }

    /// True inside a bootstrap description.
    pub(crate) fn is_bootstrap(&self) -> bool {
        self.depth > 0
    }

    /// The path of `at`.
    pub(crate) fn path(&self, at: At) -> Path {
        at.path(&self.trail[..self.depth])
    }

    /// A human name for binding `index`, e.g. "binding #1 (`ssl_transport`)", numbered from 0 like
    /// paths, with "of the bootstrap description" inside a bootstrap.
    pub(crate) fn binding_label(&self, index: usize) -> String {
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

    /// Reports a violation of `rule` at `at`. The rule's level comes from the policy; an allowed
    /// lint is dropped.
    pub(crate) fn emit(
        &mut self,
        rule: &'static Rule,
        at: At,
        message: impl Into<String>,
        help: impl Into<Help>,
    ) {
        let Some(severity) = self.policy.severity_of(rule) else {
            return;
        };
        let help = help.into();
        let suggestion = help.fix.map(|fix| {
            let edits = fix
                .edits
                .into_iter()
                .map(|(place, op)| {
                    let path = self.path(place.unwrap_or(at));
                    match op {
                        FixOp::Remove => Edit::Remove { path },
                        FixOp::Set(value) => Edit::Set { path, value },
                    }
                })
                .collect();
            Suggestion::new(fix.applicability, edits)
        });
        self.report.diagnostics.push(Diagnostic {
            rule,
            severity,
            message: message.into(),
            help: help.text,
            path: self.path(at),
            part: Part::Key,
            suggestion,
        });
    }
}

/// The help of a diagnostic: what to do, in words that fit every surface, and, when it can be
/// said as edits, the edits (which each surface writes in its own syntax).
pub(crate) struct Help {
    text: String,
    fix: Option<Fix>,
}

struct Fix {
    applicability: Applicability,
    /// Each edit's place (`None`: the diagnostic's own place) and what to do there.
    edits: Vec<(Option<At>, FixOp)>,
}

enum FixOp {
    Remove,
    Set(Value),
}

impl Help {
    /// Help in words only.
    pub(crate) fn text(text: impl Into<String>) -> Help {
        Help {
            text: text.into(),
            fix: None,
        }
    }

    fn edit(mut self, applicability: Applicability, place: Option<At>, op: FixOp) -> Help {
        let fix = self.fix.get_or_insert(Fix {
            applicability,
            edits: Vec::new(),
        });
        // The least safe edit decides for the whole fix.
        if applicability != Applicability::MachineApplicable {
            fix.applicability = applicability;
        }
        fix.edits.push((place, op));
        self
    }

    /// Removing the element the diagnostic is about fixes it and changes nothing WWSAPI would
    /// have accepted: `--fix` may do it.
    pub(crate) fn remove(self) -> Help {
        self.edit(Applicability::MachineApplicable, None, FixOp::Remove)
    }

    /// Setting the element at `at` to `value` is the one fix and changes no security choice.
    pub(crate) fn set_at(self, at: At, value: Value) -> Help {
        self.edit(
            Applicability::MachineApplicable,
            Some(at),
            FixOp::Set(value),
        )
    }

    /// Setting the element at `at` to `value` is one way to fix it (or a security choice the
    /// user must make): shown, never applied by `--fix`.
    pub(crate) fn propose_at(self, at: At, value: Value) -> Help {
        self.edit(Applicability::MaybeIncorrect, Some(at), FixOp::Set(value))
    }

    /// Removing the element at `at` is one way to fix it: shown, never applied.
    pub(crate) fn propose_removal_at(self, at: At) -> Help {
        self.edit(Applicability::MaybeIncorrect, Some(at), FixOp::Remove)
    }
}

impl From<&str> for Help {
    fn from(text: &str) -> Help {
        Help::text(text)
    }
}

impl From<String> for Help {
    fn from(text: String) -> Help {
        Help::text(text)
    }
}
