//! What a compatibility check sees: the client and the server, the two descriptions being
//! compared (the endpoints' own, or a pair of bootstrap descriptions), and how it reports.

use super::{CompatDiagnostic, CompatReport};
pub(crate) use crate::context::At;
use crate::context::MAX_BOOTSTRAP_DEPTH;
use crate::{Diagnostic, Policy, Rule};
use std::fmt;
use wws_security_model::defaults::{effective_binding_property, effective_channel_property};
use wws_security_model::{
    BindingProperty, CEnum, ChannelProperty, Endpoint, Part, Path, SecurityBinding,
    SecurityBindingPropertyId, SecurityBindingType, SecurityDescription, SecurityPropertyId, Side,
};

/// The two ends being compared.
pub(crate) struct Pair<'a> {
    client: &'a Endpoint,
    server: &'a Endpoint,
    descriptions: [&'a SecurityDescription; 2],
    /// Per side, the indexes of the security context bindings whose bootstraps lead here.
    trails: [[usize; MAX_BOOTSTRAP_DEPTH]; 2],
    depth: usize,
    policy: &'a Policy,
    report: &'a mut CompatReport,
}

fn slot(side: Side) -> usize {
    match side {
        Side::Client => 0,
        Side::Server => 1,
    }
}

impl<'a> Pair<'a> {
    pub(crate) fn root(
        client: &'a Endpoint,
        server: &'a Endpoint,
        policy: &'a Policy,
        report: &'a mut CompatReport,
    ) -> Self {
        Pair {
            client,
            server,
            descriptions: [&client.description, &server.description],
            trails: [[0; MAX_BOOTSTRAP_DEPTH]; 2],
            depth: 0,
            policy,
            report,
        }
    }

    /// The pair of bootstrap descriptions of the client's binding `client_index` and the
    /// server's binding `server_index`, or `None` past the depth limit.
    pub(crate) fn bootstrap<'b>(
        &'b mut self,
        client_index: usize,
        client: &'b SecurityDescription,
        server_index: usize,
        server: &'b SecurityDescription,
    ) -> Option<Pair<'b>> {
        if self.depth >= MAX_BOOTSTRAP_DEPTH {
            return None;
        }
        let mut trails = self.trails;
        trails[0][self.depth] = client_index;
        trails[1][self.depth] = server_index;
        Some(Pair {
            client: self.client,
            server: self.server,
            descriptions: [client, server],
            trails,
            depth: self.depth + 1,
            policy: self.policy,
            report: self.report,
        })
    }

    /// The endpoint given as the client (its `side` may say otherwise: C-001).
    pub(crate) fn client(&self) -> &'a Endpoint {
        self.client
    }

    /// The endpoint given as the server.
    pub(crate) fn server(&self) -> &'a Endpoint {
        self.server
    }

    /// The description being compared on `side`.
    pub(crate) fn description(&self, side: Side) -> &'a SecurityDescription {
        self.descriptions[slot(side)]
    }

    /// The bindings being compared on `side`.
    pub(crate) fn bindings(&self, side: Side) -> &'a [SecurityBinding] {
        &self.description(side).bindings
    }

    /// True when the descriptions compared are bootstrap descriptions.
    pub(crate) fn is_bootstrap(&self) -> bool {
        self.depth > 0
    }

    /// The path of `at` in the file of `side`.
    pub(crate) fn path(&self, side: Side, at: At) -> Path {
        at.path(&self.trails[slot(side)][..self.depth])
    }

    /// "the client's binding #1 (`username_message`)", or "... bootstrap binding ..." inside a
    /// bootstrap description.
    pub(crate) fn label(&self, side: Side, index: usize) -> String {
        let kind = self
            .bindings(side)
            .get(index)
            .map(|b| b.binding_type().name())
            .unwrap_or("?");
        let place = if self.is_bootstrap() {
            "bootstrap binding"
        } else {
            "binding"
        };
        format!("the {side}'s {place} #{index} (`{kind}`)")
    }

    /// "the client's description", or "the client's bootstrap description".
    pub(crate) fn description_label(&self, side: Side) -> String {
        if self.is_bootstrap() {
            format!("the {side}'s bootstrap description")
        } else {
            format!("the {side}'s description")
        }
    }

    /// The client's and the server's [`description_label`](Self::description_label).
    pub(crate) fn description_labels(&self) -> (String, String) {
        (
            self.description_label(Side::Client),
            self.description_label(Side::Server),
        )
    }

    /// The first binding of type `kind` on `side`, with its index.
    pub(crate) fn find(
        &self,
        side: Side,
        kind: SecurityBindingType,
    ) -> Option<(usize, &'a SecurityBinding)> {
        self.bindings(side)
            .iter()
            .enumerate()
            .find(|(_, b)| b.binding_type() == kind)
    }

    /// True when the description on `side` holds a message binding (mixed-mode security).
    pub(crate) fn is_mixed_mode(&self, side: Side) -> bool {
        self.bindings(side)
            .iter()
            .any(|b| b.binding_type().is_message_binding())
    }

    /// Channel property `id` in effect on `side`, read by `pick`.
    pub(crate) fn channel<T>(
        &self,
        side: Side,
        id: SecurityPropertyId,
        pick: impl Fn(&ChannelProperty) -> Option<T>,
    ) -> Option<Shown<T>> {
        let effective = effective_channel_property(self.description(side), id);
        let value = pick(effective.value()?)?;
        Some(Shown {
            value,
            explicit: effective.is_explicit(),
        })
    }

    /// Binding property `id` in effect on binding `index` of `side`, read by `pick`.
    pub(crate) fn binding_property<T>(
        &self,
        side: Side,
        index: usize,
        id: SecurityBindingPropertyId,
        pick: impl Fn(&BindingProperty) -> Option<T>,
    ) -> Option<Shown<T>> {
        let binding = self.bindings(side).get(index)?;
        let effective = effective_binding_property(binding, side, id);
        let value = pick(effective.value()?)?;
        Some(Shown {
            value,
            explicit: effective.is_explicit(),
        })
    }

    /// Channel property `id` in effect on each end, read by `pick`, when both ends have one and
    /// the two differ.
    pub(crate) fn channel_mismatch<T: PartialEq>(
        &self,
        id: SecurityPropertyId,
        pick: impl Fn(&ChannelProperty) -> Option<T>,
    ) -> Option<(Shown<T>, Shown<T>)> {
        let client = self.channel(Side::Client, id, &pick)?;
        let server = self.channel(Side::Server, id, &pick)?;
        (client.value != server.value).then_some((client, server))
    }

    /// Binding property `id` in effect on the client's binding `ci` and the server's binding
    /// `si`, read by `pick`, when both have one and the two differ.
    pub(crate) fn binding_mismatch<T: PartialEq>(
        &self,
        (ci, si): (usize, usize),
        id: SecurityBindingPropertyId,
        pick: impl Fn(&BindingProperty) -> Option<T>,
    ) -> Option<(Shown<T>, Shown<T>)> {
        let client = self.binding_property(Side::Client, ci, id, &pick)?;
        let server = self.binding_property(Side::Server, si, id, &pick)?;
        (client.value != server.value).then_some((client, server))
    }

    /// Reports that the client at `client` and the server at `server` do not agree. `symptom`
    /// says what a user sees at run time. An allowed lint is dropped.
    pub(crate) fn emit(&mut self, rule: &'static Rule, client: At, server: At, text: Text) {
        let Some(severity) = self.policy.severity_of(rule) else {
            return;
        };
        let client_path = self.path(Side::Client, client);
        let server_path = self.path(Side::Server, server);
        self.report.diagnostics.push(CompatDiagnostic {
            diagnostic: Diagnostic {
                rule,
                severity,
                message: text.message,
                help: text.help,
                path: Path::root(),
                part: Part::Key,
                // A fix may go in either file; the help says which change makes the ends agree.
                suggestion: None,
            },
            symptom: text.symptom,
            client_path,
            server_path,
        });
    }
}

/// The words of one compatibility diagnostic.
pub(crate) struct Text {
    /// What does not agree, naming both values.
    pub(crate) message: String,
    /// What a user sees at run time.
    pub(crate) symptom: String,
    /// How to make the two ends agree.
    pub(crate) help: String,
}

/// A value in effect on one side, and whether the file wrote it or it is the documented default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shown<T> {
    pub(crate) value: T,
    pub(crate) explicit: bool,
}

/// "`always`", or "`always` (the default)" when the file leaves it out.
impl<T: fmt::Display> fmt::Display for Shown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`", self.value)?;
        if !self.explicit {
            f.write_str(" (the default)")?;
        }
        Ok(())
    }
}
