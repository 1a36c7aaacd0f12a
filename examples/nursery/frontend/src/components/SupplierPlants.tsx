// The plants one supplier grows for us.
