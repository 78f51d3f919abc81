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
    /// `templates.md` (S-): templates and policy constraints.
    Templates,
    /// Our endpoint file format (F-).
    Format,
    /// Our own security lints without a catalogue id (L-).
    Lint,
    /// What loading a file at run time needs from the program (R-): slots, environment variables.
    Runtime,
}

impl Area {
    /// Every area.
    pub const ALL: [Area; 7] = [
        Area::Transport,
        Area::Message,
        Area::Properties,
        Area::Templates,
        Area::Format,
        Area::Lint,
        Area::Runtime,
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
        }
    }

    /// The area of an id, by its prefix.
    pub fn of(id: &str) -> Option<Area> {
        match id.split('-').next()? {
            "T" => Some(Area::Transport),
            "M" => Some(Area::Message),
            "P" => Some(Area::Properties),
            "S" => Some(Area::Templates),
            "F" => Some(Area::Format),
            "L" => Some(Area::Lint),
            "R" => Some(Area::Runtime),
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
    /// A registry entry; the areas' tables are lists of these.
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        id: &'static str,
        also: &'static [&'static str],
        kind: Kind,
        severity: Severity,
        status: Status,
        title: &'static str,
        rationale: &'static str,
        source: &'static str,
    ) -> Rule {
        Rule {
            id,
            also,
            kind,
            severity,
            status,
            title,
            rationale,
            source,
        }
    }

    /// The area of the rule.
    pub fn area(&self) -> Area {
        Area::of(self.id).unwrap_or(Area::Lint)
    }
}

/// Catalogue ids that restate a rule another area owns: `<id>\t<owner id>\t<reason>` per line.
/// They become also-ids of the owner, so each rule is implemented once.
const HANDOFFS: [&str; 3] = [
    include_str!("../catalogue/handoff-transport.tsv"),
    include_str!("../catalogue/handoff-message.tsv"),
    include_str!("../catalogue/handoff-properties.tsv"),
];

/// One hand-off: a catalogue id, the rule that owns it, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Handoff {
    /// The restating catalogue id.
    pub id: &'static str,
    /// The id of the rule that implements it.
    pub owner: &'static str,
    /// Why it is the same rule.
    pub reason: &'static str,
}

/// Every hand-off, in file order.
pub fn handoffs() -> impl Iterator<Item = Handoff> {
    HANDOFFS
        .iter()
        .flat_map(|file| file.lines())
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let id = cols.next()?.trim();
            let owner = cols.next()?.trim();
            (!id.is_empty() && !id.starts_with('#')).then(|| Handoff {
                id,
                owner,
                reason: cols.next().unwrap_or("").trim(),
            })
        })
}

static RULES: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    let mut all: Vec<&'static Rule> = crate::rules::ALL_AREAS
        .iter()
        .flat_map(|area| area.iter())
        .collect();
    // Fold the hand-offs into their owners' also-lists; done once per process.
    for rule in all.iter_mut() {
        let extra: Vec<&'static str> = handoffs()
            .filter(|h| h.owner == rule.id)
            .map(|h| h.id)
            .collect();
        if !extra.is_empty() {
            let mut also = rule.also.to_vec();
            also.extend(extra);
            also.sort_by(|a, b| id_order(a, b));
            let also: &'static [&'static str] = Box::leak(also.into_boxed_slice());
            *rule = Box::leak(Box::new(Rule { also, ..**rule }));
        }
    }
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
