<?php
/**
 * The template for displaying 404 pages (Not Found).
 *
 * BeTheme's default 404 is a stand-alone page: no header, menu, subheader,
 * sidebar or footer.
 *
 * @package Betheme
 * @author Muffin group
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?> class="no-js">

<head>

<meta charset="<?php bloginfo( 'charset' ); ?>" />
<?php wp_head(); ?>

</head>

<body <?php body_class(); ?>>

	<div id="Error_404">
		<div class="container">
			<div class="column one">

				<div class="error_pic">
					<i class="icon-traffic-cone"></i>
				</div>

				<div class="error_desk">
					<h2>Hoppsan... Fel 404</h2>
					<h4>Vi ber om ursäkt, men sidan du letar efter finns inte.</h4>
					<p><span class="check">Kontrollera adressen och försök igen eller</span> <a class="button button_filled" href="<?php echo esc_url( home_url( '/' ) ); ?>">gå till startsidan</a></p>
				</div>

			</div>
		</div>
	</div>

<?php wp_footer(); ?>

</body>
</html>
