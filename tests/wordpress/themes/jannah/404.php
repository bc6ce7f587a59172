<?php
/**
 * The template for displaying 404 pages (not found)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

get_header(); ?>

	<div <?php tie_content_column_attr(); ?>>

		<div class="container-404">

			<h2>404 :(</h2>
			<h3>Hoppsan! Sidan kunde inte hittas.</h3>
			<h4>Det verkar som att vi inte kan hitta det du letar efter. Kanske kan en sökning hjälpa.</h4>

			<div id="content-404">
				<?php get_search_form(); ?>
			</div><!-- #content-404 /-->

			<?php
				if ( has_nav_menu( '404-menu' ) ) {
					wp_nav_menu( array(
						'menu_id'         => 'menu-404',
						'container_id'    => 'menu-404',
						'theme_location'  => '404-menu',
						'depth'           => 1,
						'fallback_cb'     => false,
					) );
				}
			?>

		</div><!-- .container-404 /-->

	</div><!-- .main-content /-->

<?php
get_footer();
