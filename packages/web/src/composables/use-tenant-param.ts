import { computed } from 'vue';
import { useRoute } from 'vue-router';

/** The tenant code in the current route (`/t/:tenant/...`). */
export function useTenantParam() {
  const route = useRoute();
  return computed(() => {
    const param = route.params.tenant;
    return typeof param === 'string' ? param : '';
  });
}
