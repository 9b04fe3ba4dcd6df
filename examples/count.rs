//! The baseline: the fastest loop that parses every record of a CSV file with the csv crate
//! (one reused `ByteRecord`, as the crate's documentation recommends), printing the count.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: count FILE")?;
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_path(path)?;
    let mut rec = csv::ByteRecord::new();
    let mut n: u64 = 0;
    while rdr.read_byte_record(&mut rec)? {
        n += 1;
    }
    println!("{n}");
    Ok(())
}
