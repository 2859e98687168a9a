pub mod chrome;
pub mod decode;
pub mod error;
pub mod normalize;
pub mod span;
pub mod structure;
