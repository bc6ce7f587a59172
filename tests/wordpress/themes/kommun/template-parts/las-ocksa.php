<?php
/**
 * "Läs också" – fler inlägg i samma ämne.
 *
 * @package Kommun
 */

$kategorier = wp_get_post_categories( get_the_ID() );
if ( ! $kategorier ) {
	return;
}

$relaterade = new WP_Query( array(
	'category__in'        => $kategorier,
	'post__not_in'        => array( get_the_ID() ),
	'posts_per_page'      => 3,
	'ignore_sticky_posts' => true,
	'no_found_rows'       => true,
	'has_password'        => false,
) );

if ( ! $relaterade->have_posts() ) {
	return;
}
?>
<aside class="las-ocksa rs_skip" aria-labelledby="las-ocksa-rubrik">
	<h2 id="las-ocksa-rubrik" class="las-ocksa__rubrik">Läs också</h2>
	<ul class="las-ocksa__lista">
		<?php
		while ( $relaterade->have_posts() ) :
			$relaterade->the_post();
			?>
			<li><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a> <span class="datum"><?php echo esc_html( get_the_date( 'j F Y' ) ); ?></span></li>
		<?php endwhile; ?>
	</ul>
</aside>
<?php
wp_reset_postdata();
