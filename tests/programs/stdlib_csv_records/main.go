// encoding/csv from Go's sources: quoted fields, comments, errors with line numbers, writing.
package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
# a comment
Ken,Thompson,ken
"Robert","Griesemer","gri"
"multi
line",x,"with ""quotes"""
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	records, err := r.ReadAll()
	fmt.Printf("%q %v\n", records, err)
	bad := csv.NewReader(strings.NewReader("a,b\nc,\"d\ne"))
	for {
		rec, err := bad.Read()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%q\n", rec)
	}
	fields := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = fields.ReadAll()
	fmt.Println(err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"plain", "with,comma", "with \"quote\"", " lead"})
	w.Comma = ';'
	w.UseCRLF = true
	w.Write([]string{"x", "y;z"})
	w.Flush()
	fmt.Println(w.Error())
}
