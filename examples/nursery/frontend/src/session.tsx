// Who is at the till: the loyalty customer found from their email.
