<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
/* Enfold's sidebar.php: aside.sidebar.sidebar_right > div.inner_sidebar > section.widget … */
?>
				<aside class='sidebar sidebar_right  smartphones_sidebar_active alpha units' <?php echo enfilad_markup( 'sidebar' ); ?>><div class='inner_sidebar extralight-border'><?php
				$enfilad_sidebar = is_page() ? 'av_pages' : 'av_blog';
				if ( is_active_sidebar( $enfilad_sidebar ) ) {
					dynamic_sidebar( $enfilad_sidebar );
				} else {
					echo enfilad_default_blog_sidebar(); // phpcs:ignore
				}
				?></div></aside>
<?php
