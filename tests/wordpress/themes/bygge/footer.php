<?php
/**
 * The template for displaying the footer.
 *
 * Contains the body & html closing tags.
 * Footern är en Elementor Pro Theme Builder-footer (template-parts/elementor/footer.php).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Exit if accessed directly.
}

if ( hello_elementor_display_header_footer() ) {
	// elementor_theme_do_location( 'footer' ).
	get_template_part( 'template-parts/elementor/footer' );
}
?>

<?php wp_footer(); ?>

</body>
</html>
