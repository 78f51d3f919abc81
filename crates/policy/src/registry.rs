//! The rule registry: every catalogue id with its status, and our own format and lint ids.

use std::sync::LazyLock;

/// How serious a rule's violation is by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// WWSAPI rejects the description (or the documentation forbids it).
    Error,
    /// Allowed, but lowers security or goes against advice (a lint).
    Warning,
}

impl Severity {
    /// `error` / `warning`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// How the project handles a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// A check in this crate reports it; fixtures prove it fails and passes.
    Implemented,
    /// The model's types make a violation impossible to express.
    ByConstruction,
    /// Only WWSAPI can judge it (live credentials, OS version, the peer); kept as documentation.
    Runtime,
    /// Documentation, ambiguity or background; the decision taken is in docs/decisions.md.
    Note,
}

impl Status {
    /// `implemented`, `by-construction`, `runtime` or `note`.
    pub fn name(self) -> &'static str {
        match self {
            Status::Implemented => "implemented",
            Status::ByConstruction => "by-construction",
            Status::Runtime => "runtime",
            Status::Note => "note",
        }
    }

    /// All statuses, in report order.
    pub const ALL: [Status; 4] = [
        Status::Implemented,
        Status::ByConstruction,
        Status::Runtime,
        Status::Note,
    ];
}

/// The area (catalogue) a rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    /// `rules-transport.md` (T-): description, transport bindings, credentials, identities.
    Transport,
    /// `rules-message.md` (M-): the five message bindings, tokens, WS-Trust.
    Message,
    /// `rules-properties.md` (P-): the two property bags and their values.
    Properties,
    /// `templates.md` (S-): templates and policy constraints; our own template expansion
    /// rules (E-).
    Templates,
    /// Our endpoint file format (F-).
    Format,
    /// Our own security lints without a catalogue id (L-).
    Lint,
    /// What loading a file at run time needs from the program (R-): slots, environment variables.
    Runtime,
    /// What a client and a server must agree on to talk to each other (C-): `compat`.
    Compat,
}

impl Area {
    /// Every area.
    pub const ALL: [Area; 8] = [
        Area::Transport,
        Area::Message,
        Area::Properties,
        Area::Templates,
        Area::Format,
        Area::Lint,
        Area::Runtime,
        Area::Compat,
    ];

    /// The area's name.
    pub fn name(self) -> &'static str {
        match self {
            Area::Transport => "transport",
            Area::Message => "message",
            Area::Properties => "properties",
            Area::Templates => "templates",
            Area::Format => "format",
            Area::Lint => "lint",
            Area::Runtime => "runtime",
            Area::Compat => "compat",
        }
    }

    /// The area of an id, by its prefix.
    pub fn of(id: &str) -> Option<Area> {
        match id.split('-').next()? {
            "T" => Some(Area::Transport),
            "M" => Some(Area::Message),
            "P" => Some(Area::Properties),
            "S" | "E" => Some(Area::Templates),
            "F" => Some(Area::Format),
            "L" => Some(Area::Lint),
            "R" => Some(Area::Runtime),
            "C" => Some(Area::Compat),
            _ => None,
        }
    }
}

/// The kind of a rule, as the catalogues classify them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Which properties or fields a binding accepts.
    Applicability,
    /// Something that must be present.
    Required,
    /// Something that must be absent.
    Forbidden,
    /// A value's domain or range.
    Value,
    /// How many of something.
    Cardinality,
    /// Which elements must or must not appear together.
    Combination,
    /// Which side (client/server) something belongs to.
    Side,
    /// Which channel binding something belongs to.
    Channel,
    /// A documented default.
    Default,
    /// Background or ambiguity.
    Note,
    /// Our file format.
    Format,
    /// Our own security lint.
    Lint,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 12] = [
        Kind::Applicability,
        Kind::Required,
        Kind::Forbidden,
        Kind::Value,
        Kind::Cardinality,
        Kind::Combination,
        Kind::Side,
        Kind::Channel,
        Kind::Default,
        Kind::Note,
        Kind::Format,
        Kind::Lint,
    ];

    /// The kind's name as the catalogues spell it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Applicability => "applicability",
            Kind::Required => "required",
            Kind::Forbidden => "forbidden",
            Kind::Value => "value",
            Kind::Cardinality => "cardinality",
            Kind::Combination => "combination",
            Kind::Side => "side",
            Kind::Channel => "channel",
            Kind::Default => "default",
            Kind::Note => "note",
            Kind::Format => "format",
            Kind::Lint => "lint",
        }
    }
}

/// One rule. Ids listed in `also` state the same rule in another catalogue entry; they share this
/// rule's status and are never reported on their own.
///
/// Every rule is declared once, as a `static` beside the check that reports it (or in its area's
/// `catalogue.rs` when no check does), with [`Rule::error`] or [`Rule::warning`] and the builder
/// methods below; checks report it by reference, so an unknown id cannot be emitted.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The id diagnostics carry (`T-025`).
    pub id: &'static str,
    /// Other catalogue ids stating the same rule.
    pub also: &'static [&'static str],
    /// The catalogue's kind.
    pub kind: Kind,
    /// Default severity.
    pub severity: Severity,
    /// How the project handles it.
    pub status: Status,
    /// One line, lowercase-initial sentence fragment is fine.
    pub title: &'static str,
    /// Why the rule exists, in our words (for `explain` and the docs). For `by-construction`
    /// rules, names the type that makes the violation unrepresentable; for notes, the decision.
    pub rationale: &'static str,
    /// Where it is documented: reference page (relative to shared/reference/wwsapi) and section.
    pub source: &'static str,
}

impl Rule {
    const fn with(id: &'static str, kind: Kind, severity: Severity, status: Status) -> Rule {
        Rule {
            id,
            also: &[],
            kind,
            severity,
            status,
            title: "",
            rationale: "",
            source: "",
        }
    }

    /// A rule whose violation WWSAPI rejects (or the documentation forbids).
    pub const fn error(id: &'static str, kind: Kind, status: Status) -> Rule {
        Rule::with(id, kind, Severity::Error, status)
    }

    /// A lint: allowed, but against advice or lowering security.
    pub const fn warning(id: &'static str, kind: Kind, status: Status) -> Rule {
        Rule::with(id, kind, Severity::Warning, status)
    }

    /// The other catalogue ids that state this rule.
    pub const fn also(self, also: &'static [&'static str]) -> Rule {
        Rule { also, ..self }
    }

    /// The one-line title.
    pub const fn title(self, title: &'static str) -> Rule {
        Rule { title, ..self }
    }

    /// Why the rule exists.
    pub const fn rationale(self, rationale: &'static str) -> Rule {
        Rule { rationale, ..self }
    }

    /// Where it is documented.
    pub const fn source(self, source: &'static str) -> Rule {
        Rule { source, ..self }
    }

    /// The area of the rule.
    pub fn area(&self) -> Area {
        Area::of(self.id).unwrap_or(Area::Lint)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for Rule {}

/// A decode check's finding: the rule a decoder error breaks, and wording that says more than
/// the decoder's own (which is kept where `None`).
pub(crate) struct Claim {
    pub(crate) rule: &'static Rule,
    pub(crate) message: Option<String>,
    pub(crate) help: Option<String>,
}

impl Claim {
    /// The rule, with the decoder's message and help.
    pub(crate) fn rule(rule: &'static Rule) -> Claim {
        Claim {
            rule,
            message: None,
            help: None,
        }
    }
}

/// What one rules file contributes: the rules it declares, the checks it runs on every
/// description, and the checks that give a decoder error its rule.
pub(crate) struct RuleSet {
    pub(crate) rules: &'static [&'static Rule],
    pub(crate) checks: &'static [crate::rules::Check],
    pub(crate) decode_checks: &'static [crate::rules::DecodeCheck],
}

impl RuleSet {
    /// Rules with no check (catalogue entries, rules reported elsewhere).
    pub(crate) const fn rules(rules: &'static [&'static Rule]) -> RuleSet {
        RuleSet {
            rules,
            checks: &[],
            decode_checks: &[],
        }
    }

    /// Rules and the checks that give decoder errors their rule.
    pub(crate) const fn decoded(
        rules: &'static [&'static Rule],
        decode_checks: &'static [crate::rules::DecodeCheck],
    ) -> RuleSet {
        RuleSet {
            rules,
            checks: &[],
            decode_checks,
        }
    }

    /// Rules and the checks that report them.
    pub(crate) const fn checked(
        rules: &'static [&'static Rule],
        checks: &'static [crate::rules::Check],
    ) -> RuleSet {
        RuleSet {
            rules,
            checks,
            decode_checks: &[],
        }
    }
}

static RULES: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    let mut all: Vec<&'static Rule> = crate::rules::SETS
        .iter()
        .flat_map(|set| set.rules.iter().copied())
        .collect();
    all.sort_by(|a, b| id_order(a.id, b.id));
    all
});

/// Orders ids by prefix, then number (`T-2` before `T-10`).
pub fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |id: &str| {
        let (prefix, number) = id.split_once('-').unwrap_or((id, ""));
        (
            prefix.to_owned(),
            number.parse::<u32>().unwrap_or(u32::MAX),
            id.to_owned(),
        )
    };
    key(a).cmp(&key(b))
}

/// Every rule, sorted by id.
pub fn rules() -> &'static [&'static Rule] {
    &RULES
}

/// The rule with this id, or the rule that lists it in `also`.
pub fn find(id: &str) -> Option<&'static Rule> {
    let rules = rules();
    if let Ok(i) = rules.binary_search_by(|r| id_order(r.id, id)) {
        return Some(rules[i]);
    }
    rules.iter().copied().find(|r| r.also.contains(&id))
}

/// The closest known id or also-id to `id`, when one is close (for "did you mean").
pub fn suggest(id: &str) -> Option<&'static str> {
    rules()
        .iter()
        .flat_map(|r| std::iter::once(r.id).chain(r.also.iter().copied()))
        .map(|known| (strsim::jaro_winkler(id, known), known))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, known)| known)
}
