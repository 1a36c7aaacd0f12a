pub mod car;
pub mod driving_test;
pub mod enums;
pub mod instructor;
pub mod lesson;
pub mod payment;
pub mod student;

pub use car::{Car, NewCar};
pub use driving_test::{DrivingTest, NewDrivingTest};
pub use enums::{Gearbox, LessonStatus, PaymentMethod, TestOutcome};
pub use instructor::{Instructor, NewInstructor};
pub use lesson::{Lesson, NewLesson};
pub use payment::{NewPayment, Payment};
pub use student::{NewStudent, Student};
