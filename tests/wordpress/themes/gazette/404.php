<?php
/**
 * 404 template.
 *
 * @package Gazette
 */

get_header();
?>
<div class="gz-container gz-layout">
	<main id="primary" class="gz-main">
		<?php gazette_breadcrumbs(); ?>

		<section class="gz-404">
			<p class="gz-404__code" aria-hidden="true">404</p>
			<h1 class="gz-page-header__title"><?php esc_html_e( 'Hoppsan! Sidan kunde inte hittas.', 'gazette' ); ?></h1>
			<p><?php esc_html_e( 'Sidan du letar efter kan ha flyttats eller tagits bort. Prova att söka eller läs något av våra senaste inlägg.', 'gazette' ); ?></p>

			<?php get_search_form(); ?>

			<div class="gz-404__recent gz-widget">
				<h2 class="gz-widget__title"><?php esc_html_e( 'Senaste inläggen', 'gazette' ); ?></h2>
				<?php
				gazette_post_list(
					get_posts(
						array(
							'numberposts' => 5,
							'post_type'   => 'post',
							'post_status' => 'publish',
						)
					),
					true
				);
				?>
			</div>

			<p><a class="gz-button" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( 'Till startsidan', 'gazette' ); ?></a></p>
		</section>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
