<?php
/**
 * Sidfot.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'elementor_theme_do_location' ) || ! elementor_theme_do_location( 'footer' ) ) {
	get_template_part( 'template-parts/location/footer' );
}

get_template_part( 'template-parts/widgets/cookie-notice' );

wp_footer();
?>

</body>
</html>
