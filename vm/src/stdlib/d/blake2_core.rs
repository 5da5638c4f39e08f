//! BLAKE2b and BLAKE2s (RFC 7693, and the BLAKE2 paper's parameter block for salt,
//! personalisation and tree hashing), the engines behind `hashlib.blake2b`/`blake2s`.
//! Written from the specification; checked against CPython's `_blake2` in the golden tests.

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The tree-hashing and naming parameters of one BLAKE2 instance (the parameter block).
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

macro_rules! blake2 {
    ($name:ident, $w:ty, $rounds:expr, $r:expr, $iv:expr, $salt:expr) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$w; 8],
            t: u128,
            buf: Vec<u8>,
            out_len: usize,
            last_node: bool,
        }

        impl $name {
            const WB: usize = std::mem::size_of::<$w>();
            pub const BLOCK: usize = 16 * Self::WB;
            pub const OUT: usize = 8 * Self::WB;
            pub const SALT: usize = $salt;
            const IV: [$w; 8] = $iv;

            /// A new state; the caller checked the parameter ranges.
            pub fn new(p: &Params) -> Self {
                let wb = Self::WB;
                let mut block = vec![0u8; 8 * wb];
                block[0] = p.digest_size as u8;
                block[1] = p.key.len() as u8;
                block[2] = p.fanout;
                block[3] = p.depth;
                block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                // node_offset: 8 bytes for BLAKE2b, 6 for BLAKE2s; then depth and inner size.
                let off_len = if wb == 8 { 8 } else { 6 };
                block[8..8 + off_len].copy_from_slice(&p.node_offset.to_le_bytes()[..off_len]);
                block[8 + off_len] = p.node_depth;
                block[9 + off_len] = p.inner_size;
                let s0 = 4 * wb;
                block[s0..s0 + p.salt.len()].copy_from_slice(&p.salt);
                let p0 = s0 + Self::SALT;
                block[p0..p0 + p.person.len()].copy_from_slice(&p.person);
                let mut h = Self::IV;
                for (i, hw) in h.iter_mut().enumerate() {
                    let mut w = [0u8; 8];
                    w[..wb].copy_from_slice(&block[i * wb..(i + 1) * wb]);
                    *hw ^= <$w>::from_le_bytes(w[..wb].try_into().expect("word"));
                }
                let mut st = $name { h, t: 0, buf: Vec::with_capacity(Self::BLOCK), out_len: p.digest_size, last_node: p.last_node };
                if !p.key.is_empty() {
                    let mut kb = p.key.clone();
                    kb.resize(Self::BLOCK, 0);
                    st.update(&kb);
                }
                st
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let wb = Self::WB;
                let mut m = [0 as $w; 16];
                for (i, mw) in m.iter_mut().enumerate() {
                    *mw = <$w>::from_le_bytes(block[i * wb..(i + 1) * wb].try_into().expect("word"));
                }
                let mut v = [0 as $w; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&Self::IV);
                v[12] ^= self.t as $w;
                v[13] ^= (self.t >> (8 * wb)) as $w;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let g = |v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right($r[0]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r[1]);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right($r[2]);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r[3]);
                };
                for r in 0..$rounds {
                    let s = &SIGMA[r % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            /// Feed bytes. The last block stays buffered: it must be compressed with the
            /// final flag.
            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        self.t += Self::BLOCK as u128;
                        let b = std::mem::take(&mut self.buf);
                        self.compress(&b, false);
                        self.buf = b;
                        self.buf.clear();
                    }
                    let n = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..n]);
                    data = &data[n..];
                }
            }

            /// The digest of what was fed so far (the state goes on).
            pub fn digest(&self) -> Vec<u8> {
                let mut st = self.clone();
                st.t += st.buf.len() as u128;
                let mut b = std::mem::take(&mut st.buf);
                b.resize(Self::BLOCK, 0);
                st.compress(&b, true);
                let mut out: Vec<u8> = st.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(st.out_len);
                out
            }

            pub fn digest_size(&self) -> usize {
                self.out_len
            }
        }
    };
}

blake2!(
    Blake2b,
    u64,
    12,
    [32, 24, 16, 63],
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179
    ],
    16
);
blake2!(
    Blake2s,
    u32,
    10,
    [16, 12, 8, 7],
    [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
    8
);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    /// RFC 7693 appendix A/B: BLAKE2b-512("abc") and BLAKE2s-256("abc").
    #[test]
    fn rfc7693_abc() {
        let mut b = Blake2b::new(&Params { digest_size: 64, depth: 1, fanout: 1, ..Params::default() });
        b.update(b"abc");
        assert_eq!(
            hex(&b.digest()),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
        let mut s = Blake2s::new(&Params { digest_size: 32, depth: 1, fanout: 1, ..Params::default() });
        s.update(b"abc");
        assert_eq!(hex(&s.digest()), "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
    }
}
