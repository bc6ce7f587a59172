<?php
/**
 * The Header for our theme.
 *
 * @package Betheme
 * @author Muffin group
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?> class="no-js"<?php echo is_singular( 'post' ) ? ' itemscope itemtype="https://schema.org/Article"' : ' itemscope itemtype="https://schema.org/WebPage"'; ?>>

<head>

<meta charset="<?php bloginfo( 'charset' ); ?>" />
<?php wp_head(); ?>

</head>

<body <?php body_class(); ?>>

	<?php get_template_part( 'includes/header', 'sliding-area' ); ?>

	<div id="Wrapper">

		<div id="Header_wrapper" class="">

			<header id="Header">
				<?php get_template_part( 'includes/header', 'top-area' ); ?>
			</header>

			<?php
			if ( is_search() ) {

				// Subheader | search: "N träffar för: query"
				global $wp_query;
				$total_results = trim( get_search_query() ) ? (int) $wp_query->found_posts : 0;

				echo '<div id="Subheader">';
					echo '<div class="container">';
						echo '<div class="column one">';
							echo '<h1 class="title">' . esc_html( $total_results ) . ' träffar för: ' . esc_html( get_search_query() ) . '</h1>';
						echo '</div>';
					echo '</div>';
				echo '</div>';

			} elseif ( ! is_404() ) {

				// Subheader | title + breadcrumbs
				echo '<div id="Subheader" style="padding:30px 0;">';
					echo '<div class="container">';
						echo '<div class="column one">';
							echo '<h1 class="title">' . wp_kses_post( mfn_page_title() ) . '</h1>';
							mfn_breadcrumbs( 'no-link' );
						echo '</div>';
					echo '</div>';
				echo '</div>';

			}
			?>

		</div>
