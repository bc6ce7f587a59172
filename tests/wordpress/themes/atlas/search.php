<?php
/**
 * Search results. The title ("Sökresultat för: …") is printed by the page title bar.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
<div id="primary" class="content-area atlas-primary">
	<?php do_action( 'atlas_primary_content_top' ); ?>
	<main id="main" class="site-main atlas-main">
		<?php
		if ( have_posts() ) :

			do_action( 'atlas_archive_before_loop' );
			?>
			<div class="atlas-posts-grid">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'template-parts/content', get_post_format() );
				endwhile;
				?>
			</div>
			<?php
			do_action( 'atlas_archive_after_loop' );

		else :

			get_template_part( 'template-parts/content', 'none' );

		endif;
		?>
	</main><!-- #main -->
	<?php do_action( 'atlas_primary_content_bottom' ); ?>
</div><!-- #primary -->
<?php
get_sidebar();
get_footer();
