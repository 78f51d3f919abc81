//! How a template structure holds each kind of member, so one macro can declare, decode, walk
//! and serialize every structure: a pointer or scalar member is an `Option` (`None` is the C
//! NULL or zero), a property bag is the bag itself (empty is `{NULL, 0}`), and an embedded
//! structure is that structure (all members unset is the zeroed structure).

use crate::decode::DecodeField;
use crate::{
    AsFieldValue, BindingProperties, ChannelProperties, Field, FieldValue, Path, PropertyContainer,
    TemplateChannelProperties,
};

/// One member met while walking a template or policy description.
#[derive(Debug, Clone, Copy)]
pub struct MemberVisit<'a, 'p> {
    /// Its place in the template file (`username_message_security_binding.client_credential`,
    /// `policy.security_properties`).
    pub path: &'p Path,
    /// The C type of the structure it belongs to (`WS_USERNAME_MESSAGE_SECURITY_BINDING_TEMPLATE`).
    pub owner: &'static str,
    /// Its row of the owner's field table.
    pub field: &'static Field,
    /// What it holds.
    pub value: MemberValue<'a>,
}

/// The value of a member met while walking. Embedded structures are not reported themselves:
/// the walk enters them and reports their members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberValue<'a> {
    /// A pointer or scalar member left NULL or zero.
    Unset,
    /// A pointer or scalar member that is set.
    Set(FieldValue<'a>),
    /// A property bag, possibly empty.
    Properties(PropertiesRef<'a>),
}

/// A property bag of a template or policy description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropertiesRef<'a> {
    /// `channel_properties` (`WS_CHANNEL_PROPERTIES`).
    ChannelProperties(&'a TemplateChannelProperties),
    /// `security_properties` (`WS_SECURITY_PROPERTIES`).
    SecurityProperties(&'a ChannelProperties),
    /// `security_binding_properties` (`WS_SECURITY_BINDING_PROPERTIES`).
    SecurityBindingProperties(&'a BindingProperties),
}

impl PropertiesRef<'_> {
    /// Which bag it is.
    pub fn kind(self) -> PropertyContainer {
        match self {
            PropertiesRef::ChannelProperties(_) => PropertyContainer::ChannelProperties,
            PropertiesRef::SecurityProperties(_) => PropertyContainer::SecurityProperties,
            PropertiesRef::SecurityBindingProperties(_) => {
                PropertyContainer::SecurityBindingProperties
            }
        }
    }

    /// The property names of its entries, in order (repetitions kept).
    pub fn names(self) -> Vec<&'static str> {
        fn names_of<P: crate::PropertyEntry>(bag: &crate::PropertyBag<P>) -> Vec<&'static str> {
            use crate::CEnum;
            bag.iter().map(|e| e.id().name()).collect()
        }
        match self {
            PropertiesRef::ChannelProperties(b) => names_of(b),
            PropertiesRef::SecurityProperties(b) => names_of(b),
            PropertiesRef::SecurityBindingProperties(b) => names_of(b),
        }
    }

    /// True when the bag has no entry.
    pub fn is_empty(self) -> bool {
        match self {
            PropertiesRef::ChannelProperties(b) => b.is_empty(),
            PropertiesRef::SecurityProperties(b) => b.is_empty(),
            PropertiesRef::SecurityBindingProperties(b) => b.is_empty(),
        }
    }
}

/// The callback of a walk.
pub(crate) type Visitor<'a, 'f> = dyn FnMut(MemberVisit<'a, '_>) + 'f;

/// A member as a template structure holds it.
pub(crate) trait Member: Sized {
    /// What the decoder reads for the member.
    type Decoded: DecodeField;

    /// The member from what the decoder read (`None`: the key was absent or unreadable).
    fn from_decoded(decoded: Option<Self::Decoded>) -> Self;

    /// True when the member is NULL, zero or empty.
    fn is_unset(&self) -> bool;

    /// Reports the member to `f`, or the members inside it; `path` is the member's place.
    fn walk<'a>(
        &'a self,
        field: &'static Field,
        owner: &'static str,
        path: &mut Path,
        f: &mut Visitor<'a, '_>,
    );
}

impl<T: DecodeField + AsFieldValue> Member for Option<T> {
    type Decoded = T;

    fn from_decoded(decoded: Option<T>) -> Self {
        decoded
    }

    fn is_unset(&self) -> bool {
        self.is_none()
    }

    fn walk<'a>(
        &'a self,
        field: &'static Field,
        owner: &'static str,
        path: &mut Path,
        f: &mut Visitor<'a, '_>,
    ) {
        let value = match self {
            Some(v) => MemberValue::Set(v.as_field_value()),
            None => MemberValue::Unset,
        };
        f(MemberVisit {
            path,
            owner,
            field,
            value,
        });
    }
}

macro_rules! bag_member {
    ($bag:ty, $variant:ident) => {
        impl Member for $bag {
            type Decoded = $bag;

            fn from_decoded(decoded: Option<$bag>) -> Self {
                decoded.unwrap_or_default()
            }

            fn is_unset(&self) -> bool {
                self.is_empty()
            }

            fn walk<'a>(
                &'a self,
                field: &'static Field,
                owner: &'static str,
                path: &mut Path,
                f: &mut Visitor<'a, '_>,
            ) {
                f(MemberVisit {
                    path,
                    owner,
                    field,
                    value: MemberValue::Properties(PropertiesRef::$variant(self)),
                });
            }
        }
    };
}

bag_member!(TemplateChannelProperties, ChannelProperties);
bag_member!(ChannelProperties, SecurityProperties);
bag_member!(BindingProperties, SecurityBindingProperties);

/// For `skip_serializing_if`: an unset member is not written.
#[cfg(feature = "files")]
pub(crate) fn is_unset<T: Member>(member: &T) -> bool {
    member.is_unset()
}
