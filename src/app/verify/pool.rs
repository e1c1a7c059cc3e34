//! Which file goes to which verifier worker: a pool of workers (one per core in the browser),
//! each given at most [`DEPTH`] requests at a time, so that a fast worker takes more, a worker
//! never waits for the page to read its last reply, and results come back in any order, each
//! matched to its files by the request's number. A worker that fails gives its
//! files back to the others; with no worker left, every file not yet answered is handed back to
//! the caller, never left waiting.
//!
//! Plain data and no browser: the page adapts `Worker` around it and the tests drive it here.

use std::collections::{BTreeMap, VecDeque};

/// The most workers a page starts, whatever the machine says: each holds its own wasm instance,
/// and past this the page's own thread (reading the files, rendering) is the limit.
pub const MAX_WORKERS: usize = 8;

/// The most files in one request: big enough that a request's fixed cost (reading the criteria
/// sets) is spread, small enough that the workers finish together.
pub const MAX_BATCH: usize = 32;

/// Requests in flight per worker: the next batch waits in the worker while the page reads and
/// shows the last reply.
pub const DEPTH: usize = 2;

/// How many workers for a machine with `cores` logical cores (the browser's
/// `navigator.hardwareConcurrency`, absent or 0 when it does not say).
pub fn workers_for(cores: Option<u32>) -> usize {
    let cores = cores.and_then(|c| usize::try_from(c).ok()).unwrap_or(1);
    cores.clamp(1, MAX_WORKERS)
}

/// One request to post: these jobs, to this worker, under this number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispatch<J> {
    pub worker: usize,
    pub request: u32,
    pub jobs: Vec<J>,
}

/// What a worker's failure changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failover<J> {
    /// Its files, sent to the workers still running.
    pub dispatches: Vec<Dispatch<J>>,
    /// Files no worker will answer (none is left): the caller checks or reports them.
    pub orphaned: Vec<J>,
}

/// A worker: how many of its requests are in flight, or `None` once it failed.
type Slot = Option<usize>;

/// The pool's bookkeeping: the queue, the requests in flight and the workers' states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pool<J> {
    slots: Vec<Slot>,
    queue: VecDeque<J>,
    in_flight: BTreeMap<u32, (usize, Vec<J>)>,
    last_request: u32,
}

impl<J: Clone> Pool<J> {
    /// A pool of `workers` workers (at least one, at most [`MAX_WORKERS`]), all free.
    pub fn new(workers: usize) -> Pool<J> {
        Pool {
            slots: vec![Some(0); workers.clamp(1, MAX_WORKERS)],
            queue: VecDeque::new(),
            in_flight: BTreeMap::new(),
            last_request: 0,
        }
    }

    /// How many workers the pool was made with.
    pub fn size(&self) -> usize {
        self.slots.len()
    }

    /// How many workers have not failed.
    pub fn live(&self) -> usize {
        self.slots.iter().filter(|slot| slot.is_some()).count()
    }

    /// Jobs waiting or in flight.
    pub fn pending(&self) -> usize {
        self.queue.len() + self.in_flight.values().map(|(_, jobs)| jobs.len()).sum::<usize>()
    }

    /// Queues `jobs` and sends what the free workers can take. With no live worker, the jobs
    /// come back at once in `orphaned`.
    pub fn add(&mut self, jobs: impl IntoIterator<Item = J>) -> Failover<J> {
        self.queue.extend(jobs);
        if self.live() == 0 {
            return Failover { dispatches: Vec::new(), orphaned: self.queue.drain(..).collect() };
        }
        Failover { dispatches: self.deal(), orphaned: Vec::new() }
    }

    /// A reply to `request` came: its jobs (in the order sent) and what to send next. `None` for
    /// a number the pool does not know (answered already, or its worker was given up).
    pub fn replied(&mut self, request: u32) -> Option<(Vec<J>, Vec<Dispatch<J>>)> {
        let (worker, jobs) = self.in_flight.remove(&request)?;
        if let Some(Some(in_flight)) = self.slots.get_mut(worker) {
            *in_flight = in_flight.saturating_sub(1);
        }
        Some((jobs, self.deal()))
    }

    /// `worker` failed (would not start, stopped, or answered nonsense): it takes nothing more,
    /// and its jobs go back to the front of the queue for the others.
    pub fn failed(&mut self, worker: usize) -> Failover<J> {
        let Some(slot) = self.slots.get_mut(worker) else {
            return Failover { dispatches: Vec::new(), orphaned: Vec::new() };
        };
        *slot = None;
        let requests: Vec<u32> = self.in_flight.iter().filter(|(_, (w, _))| *w == worker).map(|(r, _)| *r).collect();
        // Its jobs in the order they were sent, at the front of the queue.
        let jobs: Vec<J> =
            requests.iter().filter_map(|r| self.in_flight.remove(r)).flat_map(|(_, jobs)| jobs).collect();
        for job in jobs.into_iter().rev() {
            self.queue.push_front(job);
        }
        self.add(std::iter::empty())
    }

    /// Gives each live worker batches, up to [`DEPTH`] in flight, while the queue lasts; one
    /// worker after the other at each depth, so that the first batches go to every worker.
    fn deal(&mut self) -> Vec<Dispatch<J>> {
        let mut dispatches = Vec::new();
        for depth in 1..=DEPTH {
            for worker in 0..self.slots.len() {
                if self.queue.is_empty() {
                    return dispatches;
                }
                let Some(Some(in_flight)) = self.slots.get(worker).copied() else { continue };
                if in_flight >= depth {
                    continue;
                }
                let jobs: Vec<J> = self.queue.drain(..self.batch()).collect();
                self.last_request = self.last_request.wrapping_add(1);
                let request = self.last_request;
                self.slots[worker] = Some(in_flight + 1);
                self.in_flight.insert(request, (worker, jobs.clone()));
                dispatches.push(Dispatch { worker, request, jobs });
            }
        }
        dispatches
    }

    /// A quarter of each live worker's share of the queue, so that the last batches are small
    /// and no worker is left with a long one while the others are idle.
    fn batch(&self) -> usize {
        let share = self.queue.len().div_ceil(self.live().max(1) * 4);
        share.clamp(1, MAX_BATCH).min(self.queue.len())
    }
}
