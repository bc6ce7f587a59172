<?php
/**
 * The template for displaying the footer
 *
 * Contains the closing of the #content div and all content after
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;
?>

<?php if ( is_active_sidebar( 'footerfull' ) ) : ?>
	<!-- ******************* The Footer Full-width Widget Area ******************* -->
	<div class="wrapper bg-light border-top" id="wrapper-footer-full" role="complementary">
		<div class="container" id="footer-full-content" tabindex="-1">
			<div class="row">
				<?php dynamic_sidebar( 'footerfull' ); ?>
			</div>
		</div>
	</div><!-- #wrapper-footer-full -->
<?php endif; ?>

<div class="wrapper bg-dark text-white-50 py-4" id="wrapper-footer">

	<div class="container">

		<div class="row">

			<div class="col-md-12">

				<footer class="site-footer" id="colophon">

					<div class="site-info small">
						&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?>
						<span class="sep"> | </span>
						<a class="text-white-50" href="<?php echo esc_url( __( 'https://sv.wordpress.org/', 'strapline' ) ); ?>"><?php esc_html_e( 'Drivs med WordPress', 'strapline' ); ?></a>
						<span class="sep"> | </span>
						<?php
						/* translators: %s: theme name */
						printf( esc_html__( 'Tema: %s', 'strapline' ), 'Strapline' );
						?>
					</div><!-- .site-info -->

				</footer><!-- #colophon -->

			</div><!-- col -->

		</div><!-- .row -->

	</div><!-- .container -->

</div><!-- #wrapper-footer -->

</div><!-- #page -->

<?php wp_footer(); ?>

</body>

</html>
