//! The received files kept in IndexedDB (localStorage's few megabytes do not hold hundreds of
//! score files): the page's [`Shelf`]. Commands run one after the other, in the order given, so
//! that "forget all" never overtakes the writes before it; each file is its own transaction, so
//! a full storage refuses only the files that did not fit.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

use crate::app::authority::intake::kept::{KeptFile, Shelf, ShelfCommand, ShelfError, ShelfOutcome};

const DATABASE: &str = "parscore-authority";
const STORE: &str = "received-files";

type Loaded = Box<dyn FnOnce(Result<Vec<KeptFile>, ShelfError>)>;

enum Job {
    Load(Loaded),
    Run(ShelfCommand, Box<dyn FnOnce(ShelfOutcome)>),
}

#[derive(Default)]
pub struct IdbShelf {
    db: Rc<RefCell<Option<IdbDatabase>>>,
    queue: Rc<RefCell<VecDeque<Job>>>,
    busy: Rc<Cell<bool>>,
}

impl Shelf for IdbShelf {
    fn load(&self, done: Loaded) {
        self.push(Job::Load(done));
    }

    fn run(&self, command: ShelfCommand, done: Box<dyn FnOnce(ShelfOutcome)>) {
        self.push(Job::Run(command, done));
    }
}

impl IdbShelf {
    fn push(&self, job: Job) {
        self.queue.borrow_mut().push_back(job);
        if self.busy.replace(true) {
            return;
        }
        let (db, queue, busy) = (self.db.clone(), self.queue.clone(), self.busy.clone());
        wasm_bindgen_futures::spawn_local(async move {
            loop {
                let next = queue.borrow_mut().pop_front();
                let Some(job) = next else { break };
                match job {
                    Job::Load(done) => done(load(&db).await),
                    Job::Run(command, done) => done(run(&db, command).await),
                }
            }
            busy.set(false);
        });
    }
}

async fn load(cell: &RefCell<Option<IdbDatabase>>) -> Result<Vec<KeptFile>, ShelfError> {
    let db = open(cell).await?;
    let transaction = db.transaction_with_str(STORE).map_err(refused)?;
    let request = transaction.object_store(STORE).and_then(|store| store.get_all()).map_err(refused)?;
    let values = Array::from(&settle(&request).await?);
    // Anything not written by this page is skipped, not fatal.
    Ok(values
        .iter()
        .filter_map(|value| value.as_string())
        .filter_map(|text| crate::json_error::parse::<(u64, String, String)>(&text, None).ok())
        .map(|(id, name, text)| KeptFile { id, name, text })
        .collect())
}

async fn run(cell: &RefCell<Option<IdbDatabase>>, command: ShelfCommand) -> ShelfOutcome {
    match command {
        ShelfCommand::Keep(file) => {
            // Strings only: serializing cannot fail.
            let record = serde_json::to_string(&(file.id, &file.name, &file.text)).unwrap_or_default();
            let key = JsValue::from_f64(file.id as f64);
            match write(cell, |store| store.put_with_key(&JsValue::from_str(&record), &key)).await {
                Ok(()) => ShelfOutcome::Kept(file.id),
                Err(why) => ShelfOutcome::NotKept { id: file.id, why },
            }
        }
        ShelfCommand::Forget(id) => forgotten(write(cell, |store| store.delete(&JsValue::from_f64(id as f64))).await),
        ShelfCommand::ForgetAll => forgotten(write(cell, IdbObjectStore::clear).await),
    }
}

fn forgotten(result: Result<(), ShelfError>) -> ShelfOutcome {
    result.map_or_else(ShelfOutcome::ForgetFailed, |()| ShelfOutcome::Forgotten)
}

/// One read-write transaction with one request, until it is committed (or refused).
async fn write(
    cell: &RefCell<Option<IdbDatabase>>,
    request: impl FnOnce(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<(), ShelfError> {
    let db = open(cell).await?;
    let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(refused)?;
    transaction.object_store(STORE).and_then(|store| request(&store)).map_err(refused)?;
    let done = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onabort(Some(&reject));
    });
    match JsFuture::from(done).await {
        Ok(_) => Ok(()),
        Err(_) => Err(transaction.error().map_or(ShelfError::Refused(String::new()), exception)),
    }
}

/// The database, opened once (and made on the first visit).
async fn open(cell: &RefCell<Option<IdbDatabase>>) -> Result<IdbDatabase, ShelfError> {
    if let Some(db) = cell.borrow().clone() {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or_else(|| ShelfError::Refused("IndexedDB".into()))?;
    let request = factory.open_with_u32(DATABASE, 1).map_err(refused)?;
    let upgrade = {
        let request = request.clone();
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
            if let Ok(db) = request.result() {
                let _ = db.unchecked_into::<IdbDatabase>().create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db: IdbDatabase = settle(&request).await?.unchecked_into();
    request.set_onupgradeneeded(None);
    *cell.borrow_mut() = Some(db.clone());
    Ok(db)
}

/// A request's result once it succeeds.
async fn settle(request: &IdbRequest) -> Result<JsValue, ShelfError> {
    let done = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    match JsFuture::from(done).await {
        Ok(_) => request.result().map_err(refused),
        Err(_) => Err(request.error().ok().flatten().map_or(ShelfError::Refused(String::new()), exception)),
    }
}

fn exception(error: DomException) -> ShelfError {
    match error.name().as_str() {
        "QuotaExceededError" => ShelfError::Full,
        _ => ShelfError::Refused(error.message()),
    }
}

fn refused(error: JsValue) -> ShelfError {
    match error.dyn_into::<DomException>() {
        Ok(exception_value) => exception(exception_value),
        Err(other) => ShelfError::Refused(other.as_string().unwrap_or_default()),
    }
}
