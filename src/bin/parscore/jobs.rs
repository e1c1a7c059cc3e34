//! `--jobs N`: how many threads check files (`verify`, `intake`, `rank`); every core by default.

use clap::Args;

#[derive(Args, Debug, Clone, Copy)]
pub struct Jobs {
    /// Threads to check files with (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

impl Jobs {
    /// Runs `work`, whose parallel iterators then use N threads, or every core without `--jobs`.
    pub fn run<R: Send>(self, work: impl FnOnce() -> R + Send) -> R {
        let pool = self.jobs.and_then(|n| rayon::ThreadPoolBuilder::new().num_threads(n.into()).build().ok());
        match pool {
            Some(pool) => pool.install(work),
            // Without --jobs (or when the system refuses a pool) rayon's own pool: every core.
            None => work(),
        }
    }
}
