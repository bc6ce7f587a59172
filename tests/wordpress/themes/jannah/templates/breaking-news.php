<?php
/**
 * Breaking News (header ticker – latest posts)
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

$breaking_query = new WP_Query( array(
	'posts_per_page'      => (int) tie_get_option( 'breaking_number', 6 ),
	'post_status'         => 'publish',
	'ignore_sticky_posts' => true,
	'no_found_rows'       => true,
) );

?>

<div class="breaking controls-is-active">

	<span class="breaking-title">
		<span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span>
		<span class="breaking-title-text"><?php echo esc_html( tie_get_option( 'breaking_title', 'Senaste nytt' ) ); ?></span>
	</span>

	<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">

		<?php
			while ( $breaking_query->have_posts() ) {
				$breaking_query->the_post(); ?>

				<li class="news-item">
					<a href="<?php the_permalink(); ?>"><?php the_title(); ?></a>
				</li>

				<?php
			}

			wp_reset_postdata();
		?>

	</ul>
</div><!-- #breaking /-->
