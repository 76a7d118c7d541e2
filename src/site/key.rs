//! The site's one way to hash a list of inputs, each part length-prefixed: the build cache's
//! keys, the templates' fingerprint and the feeds' stable IDs.

/// A hash of a list of inputs. Each part is length-prefixed, so that parts cannot run into
/// each other and give two different lists the same hash.
#[derive(Clone, Default)]
pub struct Key(blake3::Hasher);

impl Key {
    /// A key whose first part names what it is the key of, so that keys of different things
    /// never meet.
    pub fn new(domain: &str) -> Key {
        Key::default().part(domain.as_bytes())
    }

    pub fn part(mut self, bytes: &[u8]) -> Key {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// A part that may be missing (a file that is not there), told apart from an empty one.
    pub fn optional_part(self, bytes: Option<&[u8]>) -> Key {
        match bytes {
            Some(bytes) => self.part(&[1]).part(bytes),
            None => self.part(&[0]),
        }
    }

    pub fn finish(&self) -> blake3::Hash {
        self.0.finalize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_separate_their_parts() {
        let ab_c = Key::new("t").part(b"ab").part(b"c").finish();
        let a_bc = Key::new("t").part(b"a").part(b"bc").finish();
        assert_ne!(ab_c, a_bc);
        assert_eq!(ab_c, Key::new("t").part(b"ab").part(b"c").finish());
        let missing = Key::new("t").optional_part(None).finish();
        assert_ne!(missing, Key::new("t").optional_part(Some(b"")).finish());
        assert_ne!(missing, Key::new("t").part(b"").finish());
    }
}
