//! rand: a small, dependency-free stand-in for the `rand` crate (0.8) that LeetCode offers, with
//! the API surface solutions use. drill compiles it like the prelude (once per rustc version,
//! kept in the build cache) into the crate `rand` and hands it to every compile with
//! `--extern rand=…`, so `use rand::Rng;`, `extern crate rand;` and `::rand::thread_rng()` all
//! resolve as on LeetCode; the editor workspace has it as a path dependency. The numbers come
//! from splitmix64, not from rand's generators: only the API is rand's.

use distributions::Distribution;
use std::fmt;

/// The next output of splitmix64 with state `state`.
#[inline]
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Fills `dest` with the little-endian bytes of successive `u64`s.
fn fill_from_u64<R: RngCore + ?Sized>(rng: &mut R, dest: &mut [u8]) {
    for chunk in dest.chunks_mut(8) {
        chunk.copy_from_slice(&rng.next_u64().to_le_bytes()[..chunk.len()]);
    }
}

/// rand_core's error: the stand-in generators never fail.
#[derive(Debug)]
pub struct Error {
    _private: (),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("random number generator failure")
    }
}

impl std::error::Error for Error {}

/// The core of a random number generator.
pub trait RngCore {
    fn next_u32(&mut self) -> u32;
    fn next_u64(&mut self) -> u64;
    fn fill_bytes(&mut self, dest: &mut [u8]);
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error>;
}

impl<R: RngCore + ?Sized> RngCore for &mut R {
    #[inline]
    fn next_u32(&mut self) -> u32 {
        (**self).next_u32()
    }
    #[inline]
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        (**self).fill_bytes(dest)
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        (**self).try_fill_bytes(dest)
    }
}

impl<R: RngCore + ?Sized> RngCore for Box<R> {
    #[inline]
    fn next_u32(&mut self) -> u32 {
        (**self).next_u32()
    }
    #[inline]
    fn next_u64(&mut self) -> u64 {
        (**self).next_u64()
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        (**self).fill_bytes(dest)
    }
    fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
        (**self).try_fill_bytes(dest)
    }
}

/// A marker for generators rand calls cryptographically secure.
pub trait CryptoRng {}

impl<R: CryptoRng + ?Sized> CryptoRng for &mut R {}

/// A generator that can be built from a seed.
pub trait SeedableRng: Sized {
    type Seed: Sized + Default + AsMut<[u8]>;

    fn from_seed(seed: Self::Seed) -> Self;

    fn seed_from_u64(mut state: u64) -> Self {
        let mut seed = Self::Seed::default();
        for chunk in seed.as_mut().chunks_mut(8) {
            chunk.copy_from_slice(&splitmix64(&mut state).to_le_bytes()[..chunk.len()]);
        }
        Self::from_seed(seed)
    }

    fn from_rng<R: RngCore>(mut rng: R) -> Result<Self, Error> {
        let mut seed = Self::Seed::default();
        rng.try_fill_bytes(seed.as_mut())?;
        Ok(Self::from_seed(seed))
    }

    fn from_entropy() -> Self {
        let mut seed = Self::Seed::default();
        rngs::OsRng.fill_bytes(seed.as_mut());
        Self::from_seed(seed)
    }
}

/// What `Rng::fill` fills.
pub trait Fill {
    fn try_fill<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Result<(), Error>;
}

impl Fill for [u8] {
    fn try_fill<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Result<(), Error> {
        rng.try_fill_bytes(self)
    }
}

macro_rules! fill_ints {
    ($($t:ty),*) => {$(
        impl Fill for [$t] {
            fn try_fill<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Result<(), Error> {
                for x in self.iter_mut() {
                    *x = rng.gen();
                }
                Ok(())
            }
        }
    )*};
}
fill_ints!(i8, u16, i16, u32, i32, u64, i64, u128, i128, usize, isize);

impl<T, const N: usize> Fill for [T; N]
where
    [T]: Fill,
{
    fn try_fill<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Result<(), Error> {
        self[..].try_fill(rng)
    }
}

/// What solutions call on a generator; every `RngCore` (`&mut` ones too) has it.
pub trait Rng: RngCore {
    fn gen<T>(&mut self) -> T
    where
        distributions::Standard: Distribution<T>,
    {
        distributions::Standard.sample(self)
    }

    fn gen_range<T, R>(&mut self, range: R) -> T
    where
        T: distributions::uniform::SampleUniform,
        R: distributions::uniform::SampleRange<T>,
    {
        assert!(!range.is_empty(), "cannot sample empty range");
        range.sample_single(self)
    }

    fn sample<T, D: Distribution<T>>(&mut self, distr: D) -> T {
        distr.sample(self)
    }

    fn sample_iter<T, D: Distribution<T>>(self, distr: D) -> distributions::DistIter<D, Self, T>
    where
        Self: Sized,
    {
        distr.sample_iter(self)
    }

    fn fill<T: Fill + ?Sized>(&mut self, dest: &mut T) {
        Fill::try_fill(dest, self).expect("Rng::fill failed")
    }

    fn try_fill<T: Fill + ?Sized>(&mut self, dest: &mut T) -> Result<(), Error> {
        Fill::try_fill(dest, self)
    }

    fn gen_bool(&mut self, p: f64) -> bool {
        assert!((0.0..=1.0).contains(&p), "p={p:?} is outside range [0.0, 1.0]");
        p == 1.0 || self.gen::<f64>() < p
    }

    fn gen_ratio(&mut self, numerator: u32, denominator: u32) -> bool {
        assert!(
            denominator > 0 && numerator <= denominator,
            "gen_ratio: numerator {numerator} and denominator {denominator} do not make a probability"
        );
        self.gen_range(0..denominator) < numerator
    }
}

impl<R: RngCore + ?Sized> Rng for R {}

/// The thread's generator.
pub fn thread_rng() -> rngs::ThreadRng {
    rngs::ThreadRng::default()
}

/// A value of the thread's generator, as `thread_rng().gen()`.
pub fn random<T>() -> T
where
    distributions::Standard: Distribution<T>,
{
    thread_rng().gen()
}

pub mod rngs {
    //! The generators: all splitmix64, seeded from the clock or from the caller's seed.

    use super::{splitmix64, CryptoRng, Error, RngCore, SeedableRng};
    use std::cell::Cell;

    thread_local! {
        /// splitmix64's state: 0 until the thread's first number, which seeds it from the clock.
        static THREAD_STATE: Cell<u64> = const { Cell::new(0) };
    }

    /// Not inlined, so a solution's compile codegens a call here rather than thread-local access.
    fn thread_next() -> u64 {
        THREAD_STATE.with(|s| {
            let mut state = match s.get() {
                0 => super::clock_seed(),
                state => state,
            };
            let out = splitmix64(&mut state);
            s.set(state);
            out
        })
    }

    /// The thread's generator, as `thread_rng()` returns it.
    #[derive(Clone, Debug, Default)]
    pub struct ThreadRng {
        _private: (),
    }

    /// The operating system's generator in rand; here the thread's.
    #[derive(Clone, Copy, Debug, Default)]
    pub struct OsRng;

    /// A seedable generator (`StdRng::seed_from_u64(42)` gives the same numbers every run).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct StdRng {
        state: u64,
    }

    /// A seedable generator, as `StdRng`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct SmallRng {
        state: u64,
    }

    macro_rules! rng_core {
        ($($t:ty, $rng:ident => $next:expr;)*) => {$(
            impl RngCore for $t {
                #[inline]
                fn next_u32(&mut self) -> u32 {
                    (self.next_u64() >> 32) as u32
                }
                #[inline]
                fn next_u64(&mut self) -> u64 {
                    let $rng = self;
                    $next
                }
                fn fill_bytes(&mut self, dest: &mut [u8]) {
                    super::fill_from_u64(self, dest)
                }
                fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), Error> {
                    self.fill_bytes(dest);
                    Ok(())
                }
            }
        )*};
    }
    rng_core! {
        ThreadRng, _rng => thread_next();
        OsRng, _rng => thread_next();
        StdRng, rng => splitmix64(&mut rng.state);
        SmallRng, rng => splitmix64(&mut rng.state);
    }

    impl CryptoRng for ThreadRng {}
    impl CryptoRng for OsRng {}
    impl CryptoRng for StdRng {}

    macro_rules! seedable {
        ($($t:ident),*) => {$(
            impl SeedableRng for $t {
                type Seed = [u8; 32];
                fn from_seed(seed: [u8; 32]) -> Self {
                    let state = seed.chunks(8).fold(0u64, |state, word| {
                        let mut mixed = state ^ u64::from_le_bytes(word.try_into().unwrap());
                        splitmix64(&mut mixed)
                    });
                    $t { state }
                }
            }
        )*};
    }
    seedable!(StdRng, SmallRng);
}

/// A seed for each thread's generator: the clock.
fn clock_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

pub mod distributions {
    //! `Distribution`, the `Standard` one behind `gen()` and `random()`, and `Uniform`.

    use super::Rng;
    use std::marker::PhantomData;

    pub use uniform::Uniform;

    /// Values of `T` drawn with a generator.
    pub trait Distribution<T> {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> T;

        fn sample_iter<R: Rng>(self, rng: R) -> DistIter<Self, R, T>
        where
            Self: Sized,
        {
            DistIter { distr: self, rng, item: PhantomData }
        }
    }

    impl<T, D: Distribution<T> + ?Sized> Distribution<T> for &D {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> T {
            (**self).sample(rng)
        }
    }

    /// The endless iterator of `sample_iter`.
    #[derive(Debug)]
    pub struct DistIter<D, R, T> {
        distr: D,
        rng: R,
        item: PhantomData<fn() -> T>,
    }

    impl<D: Distribution<T>, R: Rng, T> Iterator for DistIter<D, R, T> {
        type Item = T;
        fn next(&mut self) -> Option<T> {
            Some(self.distr.sample(&mut self.rng))
        }
    }

    /// Integers and `char` over all their values, floats in [0, 1), fair `bool`s, and tuples and
    /// arrays of these.
    #[derive(Clone, Copy, Debug)]
    pub struct Standard;

    macro_rules! standard_ints {
        ($($t:ty),*) => {$(
            impl Distribution<$t> for Standard {
                #[inline]
                fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> $t {
                    rng.next_u64() as $t
                }
            }
        )*};
    }
    standard_ints!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

    impl Distribution<u128> for Standard {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> u128 {
            (rng.next_u64() as u128) << 64 | rng.next_u64() as u128
        }
    }

    impl Distribution<i128> for Standard {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> i128 {
            rng.gen::<u128>() as i128
        }
    }

    impl Distribution<f64> for Standard {
        #[inline]
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f64 {
            (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    impl Distribution<f32> for Standard {
        #[inline]
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> f32 {
            (rng.next_u32() >> 8) as f32 / (1u32 << 24) as f32
        }
    }

    impl Distribution<bool> for Standard {
        #[inline]
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> bool {
            rng.next_u64() >> 63 == 1
        }
    }

    impl Distribution<char> for Standard {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> char {
            rng.gen_range('\0'..=char::MAX)
        }
    }

    impl<T, const N: usize> Distribution<[T; N]> for Standard
    where
        Standard: Distribution<T>,
    {
        fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> [T; N] {
            std::array::from_fn(|_| self.sample(rng))
        }
    }

    macro_rules! standard_tuples {
        ($($t:ident)*) => {
            impl<$($t,)*> Distribution<($($t,)*)> for Standard
            where
                $(Standard: Distribution<$t>,)*
            {
                #[inline]
                fn sample<R: Rng + ?Sized>(&self, _rng: &mut R) -> ($($t,)*) {
                    ($(<Standard as Distribution<$t>>::sample(self, _rng),)*)
                }
            }
        };
    }
    standard_tuples!();
    standard_tuples!(A);
    standard_tuples!(A B);
    standard_tuples!(A B C);
    standard_tuples!(A B C D);
    standard_tuples!(A B C D E);
    standard_tuples!(A B C D E F);
    standard_tuples!(A B C D E F G);
    standard_tuples!(A B C D E F G H);
    standard_tuples!(A B C D E F G H I);
    standard_tuples!(A B C D E F G H I J);
    standard_tuples!(A B C D E F G H I J K);
    standard_tuples!(A B C D E F G H I J K L);

    pub mod uniform {
        //! Uniform values in a range: `gen_range` and `Uniform`, for integers, floats and `char`.

        use super::{Distribution, Rng};
        use crate::RngCore;
        use std::ops::{Range, RangeInclusive};

        /// Types with a uniform sampler.
        pub trait SampleUniform: Sized {
            type Sampler: UniformSampler<X = Self>;
        }

        /// Draws values of `X` uniformly from a range fixed when it is made.
        pub trait UniformSampler: Sized {
            type X;

            fn new<B1, B2>(low: B1, high: B2) -> Self
            where
                B1: SampleBorrow<Self::X> + Sized,
                B2: SampleBorrow<Self::X> + Sized;

            fn new_inclusive<B1, B2>(low: B1, high: B2) -> Self
            where
                B1: SampleBorrow<Self::X> + Sized,
                B2: SampleBorrow<Self::X> + Sized;

            fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> Self::X;

            fn sample_single<R: Rng + ?Sized, B1, B2>(low: B1, high: B2, rng: &mut R) -> Self::X
            where
                B1: SampleBorrow<Self::X> + Sized,
                B2: SampleBorrow<Self::X> + Sized,
            {
                Self::new(low, high).sample(rng)
            }

            fn sample_single_inclusive<R: Rng + ?Sized, B1, B2>(low: B1, high: B2, rng: &mut R) -> Self::X
            where
                B1: SampleBorrow<Self::X> + Sized,
                B2: SampleBorrow<Self::X> + Sized,
            {
                Self::new_inclusive(low, high).sample(rng)
            }
        }

        /// A bound given by value or by reference.
        pub trait SampleBorrow<Borrowed> {
            fn borrow(&self) -> &Borrowed;
        }

        impl<Borrowed: SampleUniform> SampleBorrow<Borrowed> for Borrowed {
            #[inline]
            fn borrow(&self) -> &Borrowed {
                self
            }
        }

        impl<Borrowed: SampleUniform> SampleBorrow<Borrowed> for &Borrowed {
            #[inline]
            fn borrow(&self) -> &Borrowed {
                self
            }
        }

        /// The ranges `gen_range` takes: `a..b` and `a..=b`.
        pub trait SampleRange<T> {
            fn sample_single<R: RngCore + ?Sized>(self, rng: &mut R) -> T;
            fn is_empty(&self) -> bool;
        }

        impl<T: SampleUniform + PartialOrd> SampleRange<T> for Range<T> {
            #[inline]
            fn sample_single<R: RngCore + ?Sized>(self, rng: &mut R) -> T {
                T::Sampler::sample_single(self.start, self.end, rng)
            }
            fn is_empty(&self) -> bool {
                !(self.start < self.end)
            }
        }

        impl<T: SampleUniform + PartialOrd> SampleRange<T> for RangeInclusive<T> {
            #[inline]
            fn sample_single<R: RngCore + ?Sized>(self, rng: &mut R) -> T {
                let (low, high) = self.into_inner();
                T::Sampler::sample_single_inclusive(low, high, rng)
            }
            fn is_empty(&self) -> bool {
                !(self.start() <= self.end())
            }
        }

        /// Values uniform in a range: `Uniform::new(0, n)`, `Uniform::from(1..=6)`.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Uniform<X: SampleUniform>(X::Sampler);

        impl<X: SampleUniform> Uniform<X> {
            pub fn new<B1, B2>(low: B1, high: B2) -> Uniform<X>
            where
                B1: SampleBorrow<X> + Sized,
                B2: SampleBorrow<X> + Sized,
            {
                Uniform(X::Sampler::new(low, high))
            }

            pub fn new_inclusive<B1, B2>(low: B1, high: B2) -> Uniform<X>
            where
                B1: SampleBorrow<X> + Sized,
                B2: SampleBorrow<X> + Sized,
            {
                Uniform(X::Sampler::new_inclusive(low, high))
            }
        }

        impl<X: SampleUniform> Distribution<X> for Uniform<X> {
            fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> X {
                self.0.sample(rng)
            }
        }

        impl<X: SampleUniform> From<Range<X>> for Uniform<X> {
            fn from(r: Range<X>) -> Uniform<X> {
                Uniform::new(r.start, r.end)
            }
        }

        impl<X: SampleUniform> From<RangeInclusive<X>> for Uniform<X> {
            fn from(r: RangeInclusive<X>) -> Uniform<X> {
                let (low, high) = r.into_inner();
                Uniform::new_inclusive(low, high)
            }
        }

        /// An offset below `span` (at most 2^64), by a widening multiply.
        #[inline]
        fn offset<R: Rng + ?Sized>(span: u128, rng: &mut R) -> u128 {
            (rng.next_u64() as u128 * span) >> 64
        }

        /// An offset below `span` (`0` standing for 2^128), for 128-bit integers.
        #[inline]
        fn offset_128<R: Rng + ?Sized>(span: u128, rng: &mut R) -> u128 {
            reduce_128(span, rng.next_u64(), rng.next_u64())
        }

        /// Not generic, so only 128-bit ranges pay for compiling a 128-bit remainder.
        fn reduce_128(span: u128, high: u64, low: u64) -> u128 {
            let wide = (high as u128) << 64 | low as u128;
            if span == 0 {
                wide
            } else {
                wide % span
            }
        }

        /// Integers from `low`, `span` values (0: all of `u128`/`i128`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct UniformInt<X> {
            low: X,
            span: u128,
        }

        macro_rules! uniform_ints {
            ($offset:ident: $($t:ty => $u:ty),*) => {$(
                impl SampleUniform for $t {
                    type Sampler = UniformInt<$t>;
                }

                impl UniformSampler for UniformInt<$t> {
                    type X = $t;

                    fn new<B1, B2>(low: B1, high: B2) -> Self
                    where
                        B1: SampleBorrow<$t> + Sized,
                        B2: SampleBorrow<$t> + Sized,
                    {
                        let (low, high) = (*low.borrow(), *high.borrow());
                        assert!(low < high, "Uniform::new called with `low >= high`");
                        UniformInt { low, span: (high as $u).wrapping_sub(low as $u) as u128 }
                    }

                    fn new_inclusive<B1, B2>(low: B1, high: B2) -> Self
                    where
                        B1: SampleBorrow<$t> + Sized,
                        B2: SampleBorrow<$t> + Sized,
                    {
                        let (low, high) = (*low.borrow(), *high.borrow());
                        assert!(low <= high, "Uniform::new_inclusive called with `low > high`");
                        UniformInt { low, span: ((high as $u).wrapping_sub(low as $u) as u128).wrapping_add(1) }
                    }

                    #[inline]
                    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> $t {
                        self.low.wrapping_add($offset(self.span, rng) as $t)
                    }
                }
            )*};
        }
        uniform_ints!(offset: i8 => u8, i16 => u16, i32 => u32, i64 => u64, isize => usize);
        uniform_ints!(offset: u8 => u8, u16 => u16, u32 => u32, u64 => u64, usize => usize);
        uniform_ints!(offset_128: i128 => u128, u128 => u128);

        /// Floats in `[low, high)`, or `[low, high]` when inclusive.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct UniformFloat<X> {
            low: X,
            high: X,
            inclusive: bool,
        }

        macro_rules! uniform_floats {
            ($($t:ty: $bits:expr),*) => {$(
                impl SampleUniform for $t {
                    type Sampler = UniformFloat<$t>;
                }

                impl UniformSampler for UniformFloat<$t> {
                    type X = $t;

                    fn new<B1, B2>(low: B1, high: B2) -> Self
                    where
                        B1: SampleBorrow<$t> + Sized,
                        B2: SampleBorrow<$t> + Sized,
                    {
                        let (low, high) = (*low.borrow(), *high.borrow());
                        assert!(low < high, "Uniform::new called with `low >= high`");
                        assert!((high - low).is_finite(), "Uniform::new: range overflow");
                        UniformFloat { low, high, inclusive: false }
                    }

                    fn new_inclusive<B1, B2>(low: B1, high: B2) -> Self
                    where
                        B1: SampleBorrow<$t> + Sized,
                        B2: SampleBorrow<$t> + Sized,
                    {
                        let (low, high) = (*low.borrow(), *high.borrow());
                        assert!(low <= high, "Uniform::new_inclusive called with `low > high`");
                        assert!((high - low).is_finite(), "Uniform::new_inclusive: range overflow");
                        UniformFloat { low, high, inclusive: true }
                    }

                    fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> $t {
                        // `bits` random bits over 2^bits (exclusive) or 2^bits - 1 (inclusive).
                        let max = ((1u64 << $bits) - self.inclusive as u64) as $t;
                        loop {
                            let unit = (rng.next_u64() >> (64 - $bits)) as $t / max;
                            let value = self.low + (self.high - self.low) * unit;
                            if value < self.high {
                                return value;
                            } else if self.inclusive {
                                return self.high;
                            }
                        }
                    }
                }
            )*};
        }
        uniform_floats!(f32: 24, f64: 53);

        /// `char`s in a range, skipping the surrogates (which are no `char`s).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct UniformChar(UniformInt<u32>);

        const SURROGATES: u32 = 0xE000 - 0xD800;

        fn below_surrogates(c: char) -> u32 {
            match c as u32 {
                n if n >= 0xE000 => n - SURROGATES,
                n => n,
            }
        }

        impl SampleUniform for char {
            type Sampler = UniformChar;
        }

        impl UniformSampler for UniformChar {
            type X = char;

            fn new<B1, B2>(low: B1, high: B2) -> Self
            where
                B1: SampleBorrow<char> + Sized,
                B2: SampleBorrow<char> + Sized,
            {
                UniformChar(UniformInt::<u32>::new(below_surrogates(*low.borrow()), below_surrogates(*high.borrow())))
            }

            fn new_inclusive<B1, B2>(low: B1, high: B2) -> Self
            where
                B1: SampleBorrow<char> + Sized,
                B2: SampleBorrow<char> + Sized,
            {
                UniformChar(UniformInt::<u32>::new_inclusive(
                    below_surrogates(*low.borrow()),
                    below_surrogates(*high.borrow()),
                ))
            }

            fn sample<R: Rng + ?Sized>(&self, rng: &mut R) -> char {
                let n = self.0.sample(rng);
                let n = if n >= 0xD800 { n + SURROGATES } else { n };
                char::from_u32(n).expect("no surrogate is drawn")
            }
        }
    }
}

pub mod seq {
    //! Random picks from slices and iterators, and shuffles.

    use super::Rng;
    use std::marker::PhantomData;
    use std::ops::Index;

    /// `choose`, `choose_multiple`, `shuffle` … on slices (and so on `Vec`s).
    pub trait SliceRandom {
        type Item;

        fn choose<R: Rng + ?Sized>(&self, rng: &mut R) -> Option<&Self::Item>;

        fn choose_mut<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Option<&mut Self::Item>;

        /// `amount` distinct elements (all of them if there are fewer), in random order.
        fn choose_multiple<R: Rng + ?Sized>(&self, rng: &mut R, amount: usize) -> SliceChooseIter<'_, Self, Self::Item>;

        fn shuffle<R: Rng + ?Sized>(&mut self, rng: &mut R);

        /// Shuffles `amount` elements into the end of the slice: returns them, then the rest.
        fn partial_shuffle<R: Rng + ?Sized>(&mut self, rng: &mut R, amount: usize) -> (&mut [Self::Item], &mut [Self::Item]);
    }

    impl<T> SliceRandom for [T] {
        type Item = T;

        fn choose<R: Rng + ?Sized>(&self, rng: &mut R) -> Option<&T> {
            if self.is_empty() {
                None
            } else {
                Some(&self[rng.gen_range(0..self.len())])
            }
        }

        fn choose_mut<R: Rng + ?Sized>(&mut self, rng: &mut R) -> Option<&mut T> {
            if self.is_empty() {
                None
            } else {
                let i = rng.gen_range(0..self.len());
                Some(&mut self[i])
            }
        }

        fn choose_multiple<R: Rng + ?Sized>(&self, rng: &mut R, amount: usize) -> SliceChooseIter<'_, [T], T> {
            let mut indices: Vec<usize> = (0..self.len()).collect();
            let amount = amount.min(indices.len());
            for i in 0..amount {
                let j = rng.gen_range(i..indices.len());
                indices.swap(i, j);
            }
            indices.truncate(amount);
            SliceChooseIter {
                slice: self,
                indices: indices.into_iter(),
                item: PhantomData,
            }
        }

        fn shuffle<R: Rng + ?Sized>(&mut self, rng: &mut R) {
            for i in (1..self.len()).rev() {
                self.swap(i, rng.gen_range(0..=i));
            }
        }

        fn partial_shuffle<R: Rng + ?Sized>(&mut self, rng: &mut R, amount: usize) -> (&mut [T], &mut [T]) {
            let rest = self.len().saturating_sub(amount);
            for i in (rest..self.len()).rev() {
                self.swap(i, rng.gen_range(0..=i));
            }
            let (rest, chosen) = self.split_at_mut(rest);
            (chosen, rest)
        }
    }

    /// The elements `choose_multiple` picked.
    #[derive(Debug)]
    pub struct SliceChooseIter<'a, S: ?Sized, T> {
        slice: &'a S,
        indices: std::vec::IntoIter<usize>,
        item: PhantomData<T>,
    }

    impl<'a, S: Index<usize, Output = T> + ?Sized + 'a, T: 'a> Iterator for SliceChooseIter<'a, S, T> {
        type Item = &'a T;

        fn next(&mut self) -> Option<&'a T> {
            let slice = self.slice;
            self.indices.next().map(|i| &slice[i])
        }

        fn size_hint(&self) -> (usize, Option<usize>) {
            self.indices.size_hint()
        }
    }

    impl<'a, S: Index<usize, Output = T> + ?Sized + 'a, T: 'a> ExactSizeIterator for SliceChooseIter<'a, S, T> {}

    /// `choose` and `choose_multiple` on any iterator (one pass, reservoir sampling).
    pub trait IteratorRandom: Iterator + Sized {
        fn choose<R: Rng + ?Sized>(self, rng: &mut R) -> Option<Self::Item> {
            let mut chosen = None;
            for (seen, item) in self.enumerate() {
                if rng.gen_range(0..=seen) == 0 {
                    chosen = Some(item);
                }
            }
            chosen
        }

        fn choose_multiple<R: Rng + ?Sized>(mut self, rng: &mut R, amount: usize) -> Vec<Self::Item> {
            let mut chosen: Vec<Self::Item> = self.by_ref().take(amount).collect();
            for (i, item) in self.enumerate() {
                let k = rng.gen_range(0..=i + amount);
                if let Some(slot) = chosen.get_mut(k) {
                    *slot = item;
                }
            }
            chosen
        }
    }

    impl<I: Iterator + Sized> IteratorRandom for I {}
}

pub mod prelude {
    //! `use rand::prelude::*;`
    pub use super::distributions::Distribution;
    pub use super::rngs::{SmallRng, StdRng, ThreadRng};
    pub use super::seq::{IteratorRandom, SliceRandom};
    pub use super::{random, thread_rng, CryptoRng, Rng, RngCore, SeedableRng};
}
