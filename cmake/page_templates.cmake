# The page templates (web/templates/*.mustache) become string constants in a generated source, so the server, its
# tests and the fuzz targets render pages without a web folder; cmake re-runs when a template changes.
# kandidaat_page_templates(OUT) writes <current binary dir>/generated/page_templates.cpp and sets OUT to its path.
function(kandidaat_page_templates out_var)
    set(text "// Generated from web/templates/ by cmake/page_templates.cmake; edit the templates instead.\n")
    string(APPEND text "#include \"pages/page_templates.hpp\"\nnamespace kandidaat::pages {\n")
    foreach(name confirm_page confirm_details confirm_slots setup_page)
        set(template_path ${CMAKE_SOURCE_DIR}/web/templates/${name}.mustache)
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${template_path})
        file(READ ${template_path} template_text)
        string(APPEND text "const char* const ${name}_template = R\"TEMPLATE(${template_text})TEMPLATE\";\n")
    endforeach()
    string(APPEND text "}  // namespace kandidaat::pages\n")
    set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/page_templates.cpp)
    file(WRITE ${out}.new "${text}")
    file(COPY_FILE ${out}.new ${out} ONLY_IF_DIFFERENT)
    set(${out_var} ${out} PARENT_SCOPE)
endfunction()
