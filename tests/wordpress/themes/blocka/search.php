<?php
/**
 * The template for displaying search results pages.
 *
 * @package blocka
 */

get_header();

get_template_part('template-parts/archive');

get_footer();
